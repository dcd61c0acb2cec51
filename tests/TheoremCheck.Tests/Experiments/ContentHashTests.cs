using TheoremCheck.Experiments;

namespace TheoremCheck.Tests.Experiments;

public class ContentHashTests
{
    [Fact]
    public void The_short_hash_is_the_first_12_hex_digits_of_SHA_256()
    {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2, appendix B.1).
        Assert.Equal("ba7816bf8f01", ContentHash.Short("abc"));
        Assert.NotEqual(ContentHash.Short("abc"), ContentHash.Short("abd"));
    }
}
