using System.CommandLine;
using TheoremCheck.Cli;

return CommandLine.Invoke(args, Console.Out, Console.Error);
