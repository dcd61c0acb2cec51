namespace TheoremCheck.Data;

/// <summary>How image pixels in [0, 1] are centred (THEORY §2).</summary>
public enum Centring
{
    /// <summary>Minus one scalar, the data set's mean pixel value, as the reference code does (torchvision's constants).</summary>
    Scalar,
    /// <summary>Minus the training set's mean image, pixel by pixel.</summary>
    Pixel,
}
