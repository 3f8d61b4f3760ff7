namespace Generator.Pdf.Labels;

/// <summary>One address label (宛名ラベル): postal code, address, an optional department line, and the name with 様.</summary>
/// <param name="PostalCode">〒 code, e.g. 060-8611.</param>
/// <param name="Address">Address; wrapped within the label.</param>
/// <param name="Department">Department line (担当部署), or empty.</param>
/// <param name="Name">The addressee including its honorific, e.g. 「札幌市長　様」.</param>
public sealed record AddressLabel(string PostalCode, string Address, string Department, string Name);
