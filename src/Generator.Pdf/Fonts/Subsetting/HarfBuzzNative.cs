using System.Runtime.InteropServices;

namespace Generator.Pdf.Fonts.Subsetting;

/// <summary>The few functions of HarfBuzz's subsetter (<c>hb-subset.h</c>) that <see cref="HarfBuzzSubsetter"/> calls, in the
/// native library <c>libHarfBuzzSharp</c> that the HarfBuzzSharp.NativeAssets packages ship for Linux, Windows and macOS.</summary>
internal static partial class HarfBuzzNative
{
    internal const string Library = "libHarfBuzzSharp";

    /// <summary>hb_memory_mode_t: HarfBuzz neither copies nor writes the memory (it must outlive the blob).</summary>
    public const int MemoryModeReadOnly = 1;

    /// <summary>hb_subset_flags_t: drop hinting (glyph instructions, fpgm, prep, cvt).</summary>
    public const uint FlagNoHinting = 0x1;

    /// <summary>hb_subset_flags_t: add no glyphs reachable through GSUB (ligatures, vertical forms): exactly the glyphs asked for.</summary>
    public const uint FlagNoLayoutClosure = 0x200;

    /// <summary>hb_subset_sets_t: the set of table tags to drop.</summary>
    public const int SetDropTableTag = 3;

    [LibraryImport(Library, EntryPoint = "hb_blob_create")]
    public static partial nint BlobCreate(nint data, uint length, int mode, nint userData, nint destroy);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(nint blob);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial nint BlobGetData(nint blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_face_create")]
    public static partial nint FaceCreate(nint blob, uint index);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(nint face);

    /// <summary>Up to <paramref name="count"/> of the face's table tags from <paramref name="start"/> on into
    /// <paramref name="tags"/> (<paramref name="count"/> becomes how many were written); returns how many tables the face has.</summary>
    [LibraryImport(Library, EntryPoint = "hb_face_get_table_tags")]
    public static partial uint FaceGetTableTags(nint face, uint start, ref uint count, [Out] uint[] tags);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial nint FaceReferenceBlob(nint face);

    [LibraryImport(Library, EntryPoint = "hb_subset_preprocess")]
    public static partial nint SubsetPreprocess(nint face);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial nint SubsetInputCreateOrFail();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void SubsetInputDestroy(nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_glyph_set")]
    public static partial nint SubsetInputGlyphSet(nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial nint SubsetInputSet(nint input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void SubsetInputSetFlags(nint input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(nint set, uint codepoint);

    /// <summary>The input's map from old to new glyph ids, empty unless filled (owned by the input): glyphs it names get
    /// those ids, the others ids after the highest it gives (HarfBuzz 7.3 and later).</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_input_old_to_new_glyph_mapping")]
    public static partial nint SubsetInputOldToNewGlyphMapping(nint input);

    [LibraryImport(Library, EntryPoint = "hb_map_set")]
    public static partial void MapSet(nint map, uint key, uint value);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_create_or_fail")]
    public static partial nint SubsetPlanCreateOrFail(nint face, nint input);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_destroy")]
    public static partial void SubsetPlanDestroy(nint plan);

    /// <summary>The plan's map from old to new glyph ids (owned by the plan).</summary>
    [LibraryImport(Library, EntryPoint = "hb_subset_plan_old_to_new_glyph_mapping")]
    public static partial nint SubsetPlanOldToNewGlyphMapping(nint plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_execute_or_fail")]
    public static partial nint SubsetPlanExecuteOrFail(nint plan);

    /// <summary>The value of <paramref name="key"/> in an hb_map_t, or <see cref="MapValueInvalid"/>.</summary>
    [LibraryImport(Library, EntryPoint = "hb_map_get")]
    public static partial uint MapGet(nint map, uint key);

    /// <summary>HB_MAP_VALUE_INVALID: what <see cref="MapGet"/> returns for a key the map lacks.</summary>
    public const uint MapValueInvalid = uint.MaxValue;

    /// <summary>HB_TAG: four ASCII characters as a big-endian number.</summary>
    public static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
}
