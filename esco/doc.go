// Package esco imports ESCO, the European Commission's multilingual
// classification of European Skills, Competences, Qualifications and
// Occupations, into a *rolemodel.Catalog.
//
// ESCO describes about 3,000 occupations and 13,500 skills, says which
// skills each occupation needs (essential) or may use (optional), and files
// every occupation under an ISCO-08 group. It is published as a CSV
// download per language; this package reads the English one. Anything
// imported from ESCO must carry the attribution "ESCO classification,
// European Commission." (the constant Attribution); the catalog's one
// source, Source, carries it in its license and note.
//
// # Files
//
// Load reads these files of a download, finding columns by their header
// names (the layouts change between releases) and ignoring other columns:
//
//	occupations_en.csv               conceptUri, preferredLabel; altLabels, hiddenLabels, iscoGroup, description, status, code
//	skills_en.csv (or skills_en-us)  conceptUri, preferredLabel, skillType; reuseLevel, altLabels, hiddenLabels, description, status
//	occupationSkillRelations_en.csv  v1.1 and later: occupationUri, occupationLabel, relationType, skillType, skillUri, skillLabel
//	occupationSkillRelations.csv     v1.0.x, and v1.1.1's language-independent download: occupationUri, relationType, skillType, skillUri
//
// The columns before the semicolon are required. skills_en-us.csv is read
// when skills_en.csv is absent.
//
// Only the occupations are required; a file the download lacks is simply
// missing from the result. Of the relations, occupationUri, relationType
// (essential or optional) and skillUri are read. Three more readers take
// what a catalog has no place for: ReadHierarchy the occupation pillar,
// ISCOGroups_en.csv (conceptUri, code, preferredLabel) and
// broaderRelationsOccPillar.csv (conceptUri, broaderUri), into a
// Hierarchy; ReadSkillRelations the relations between skills,
// skillSkillRelations.csv (originalSkillUri, relationType,
// relatedSkillUri), into SkillRelations; ReadCrosswalk a crosswalk to
// O*NET (see Linking to O*NET).
//
// Every reader takes an fs.FS: os.DirFS of the extracted folder (LoadDir
// does that), or the European Commission's zip files as published, read
// without extracting them (OpenZips, LoadZips).
//
// The files are RFC 4180 CSV in UTF-8, with or without a byte order mark,
// with CRLF or LF line endings or both. Multi-valued fields (altLabels,
// hiddenLabels) hold one label per line inside one quoted field; a line
// that shows as nothing (white space or invisible characters such as
// U+200B only) is a gap in the list and is dropped. Files are
// untrusted: a file larger than MaxFileSize is refused before it is read,
// and every problem (a record with the wrong number of fields, bad quoting,
// text that is not UTF-8, a missing column, an empty or repeated URI, an
// unknown skill type or relation type, a repeated relation) is reported
// with its file, line and column as a rolemodel.Problem of the kinds the
// root package defines: the first hundred problems listed, the rest
// counted.
//
// # Flaws Load accepts
//
// The publisher's own files have flaws that leave the rest sound. ESCO
// v1.1.1 has six skills without a skill type (the digital competences such
// as "digital data processing", and "implement cloud security and
// compliance") and 67 relations naming an occupation that
// occupations_en.csv does not list (it is in the hierarchy). Load takes
// these in: a skill without a type is loaded without a kind; a relation to
// an occupation or skill the download lacks is left out; a concept whose
// status is not "released" is loaded as any other; an occupation code it
// cannot read, or that is not in the occupation's ISCO-08 group, is left
// out and the occupation loaded without it. Each is
// reported as a warning a person can act on, with the file, line and
// column, and for relations one warning per missing concept with the count
// and the lines of its relations (see Warnings; CollectWarnings collects
// them). Strict makes them errors instead, refusing the download.
//
// # Mapping
//
// Each occupation becomes a role.Role: ID from RoleID ("esco-" and the
// UUID at the end of the concept URI), Title the preferred label, Aliases
// the alternative and hidden labels (trimmed, each once, ignoring case and
// spacing, never repeating the title), Codes.ESCO the concept URI,
// Codes.ISCO08 the ISCO group, Codes.ESCOCode the ESCO code of v1.1 and
// later ("2512.4"), and one description. The catalog is built
// with rolemodel.SharedNames, as ESCO gives some labels to several
// occupations.
//
// Each skill concept becomes a skill.Skill: ID from SkillID, Name the
// preferred label (a few v1.0 concepts have none in English; their URI
// names them), Aliases the alternative labels, Description, and Category
// the skill type (knowledge or skill/competence) followed by the reuse
// level (transversal, cross-sector, sector-specific or occupation-specific)
// in parentheses: "knowledge (sector-specific)", "skill/competence
// (transversal)", or the type alone when the reuse level is empty (the
// reuse level alone when the type is). Kind follows the skill type:
// knowledge is skill.Hard; a skill/competence is skill.Soft when its reuse
// level is transversal, and skill.Hard otherwise; a skill without a type
// has skill.UnknownKind.
// Since Kind alone cannot tell knowledge from a non-transversal
// skill/competence, Category keeps both of ESCO's facets.
//
// Each relation becomes a skill.Requirement of the occupation's role, in
// file order, with Essential from relationType and Level unstated (ESCO
// does not grade proficiency).
//
// # Transitions
//
// ESCO lists no career moves. Following Nesta's Mapping Career Causeways
// (2020), Load links occupations whose skill sets overlap, by the weighted
// Jaccard similarity that Similarity computes:
//
//	sim(a, b) = Σ_s min(wa(s), wb(s)) / Σ_s max(wa(s), wb(s))
//
// with w(s) = 1 for an essential skill, 0.5 for an optional one and 0 for
// a skill the occupation does not list. Nesta judged transitions "viable"
// at a similarity of 0.3 and "highly viable" at 0.4 (on their own, richer
// measure). Each occupation gets a role.Move to at most MaxTransitions
// (default 10) occupations whose similarity is at least Threshold (default
// 0.3), the most similar first and ties broken by role ID. Index holds the
// similarity: for ESCO transitions a higher Index means a closer
// occupation (O*NET's index is a rank, where lower is closer).
//
// A move's kind compares the ISCO-08 skill levels of the two occupations'
// major groups (SkillLevel): advancement when the level rises, lateral
// otherwise, including when either level is unknown (armed forces).
// ESCO gives no entry moves.
//
// Similarities finds, for any roles, the others above a threshold. It
// indexes the roles by skill and sums shared weights along each skill's
// list of roles: on ESCO v1.1.1's relations every pair at 0.3 or more takes
// some 45 ms of processor time, against some 900 ms for merging the skills
// of every one of the 4.5 million pairs (BenchmarkSimilaritiesReal111).
//
// # Viable and desirable moves
//
// Similarity alone lists the nearest occupations; Nesta's Mapping Career
// Causeways (Kanders, Djumalieva, Sleeman and Orlik, Nesta, 2020) asks more
// of a move a person can make. Assess judges an occupation's ESCO
// transitions as Nesta's code does, with its published defaults
// (codebase/configs/default_transition_params.yaml of
// github.com/nestauk/mapping-career-causeways): viable from a similarity of
// 0.30 (ViableSimilarity) when the two O*NET job zones are at most one
// apart (MaxJobZoneDifference), highly viable from 0.40
// (HighlyViableSimilarity), and desirable when viable and the occupation
// entered pays at least 75% of the one left (MinEarningsRatio). Options
// change each threshold (MinSimilarity, HighlyViableFrom, MinEarnings,
// MaxJobZoneChange) and how pay and zone are found (PayBy, JobZoneBy). A
// check without figures is reported as not made (Outcome Unknown): a move
// whose job zones are not known is viable on similarity alone unless
// RequireKnown is given, and a move whose pay is not known is never
// desirable, its Desirability Unknown rather than No. Viable and
// Desirable return the catalog with only the moves that pass, so that its
// paths and plans take only those.
//
// ESCO states no pay and no job zone: they come from O*NET and the U.S.
// Bureau of Labor Statistics, through the crosswalk.
//
// # Linking to O*NET
//
// ReadCrosswalk reads Nesta's ESCO to O*NET crosswalk
// (esco_onet_crosswalk_Nov2020.csv, MIT licence: 1,680 occupations linked
// to an O*NET-SOC 2010 code, with a similarity and a confidence), or any
// crosswalk in its columns. Nesta linked the top level of ESCO's hierarchy
// and let the occupations below inherit their parent's link;
// Crosswalk.Inherit does that with a Hierarchy (on v1.1.1, 2,922 of the
// 3,007 occupations are then linked). Join gives each linked occupation of
// an ESCO catalog its O*NET-SOC code (the best link's; the others are named
// in Codes.Note) and, with a catalog from package onet, copies of that
// O*NET occupation's skill ratings, education, experience with its job
// zone, salaries and outlook, each citing its own source, then merges the
// O*NET catalog in with rolemodel.Merge. bls.Attach then gives every
// linked occupation BLS's wages and outlook by its code. Join documents
// what it does where one occupation has several codes, or one code several
// occupations.
//
// Nesta's codes are of the O*NET-SOC 2010 taxonomy. O*NET 25.1 and later
// use O*NET-SOC 2019, and BLS's tables SOC 2018, which renumbered some
// occupations (the computer occupations 15-11xx among them) and moved
// others out of "All Other" groups (17-2199.04 Manufacturing Engineers is
// 17-2112.03 in 2019, and 17-2199 is "Engineers, All Other"). A code is
// matched only against a catalog of the same taxonomy version: Join gives
// an occupation an O*NET-SOC code only when the O*NET catalog joined has
// it, so that bls.Attach, which matches the code's SOC digits, never
// gives it the wages of another occupation; a code the catalog lacks is
// named in the occupation's Codes.Note and in a warning, with what to do
// (translate the crosswalk to O*NET-SOC 2019 codes first; O*NET publishes
// the 2010 to 2019 crosswalk, which this package does not embed). ESCO's
// own identifiers need no such care: concept URIs are stable across ESCO
// releases (a URI a release lacks is reported, never matched to another),
// ESCO codes are read only as ESCO writes them, and every ESCO release
// files occupations under ISCO-08, the only ISCO version this package
// reads. On v1.1.1 with O*NET 29.3 and BLS's May 2024 wages and 2024-34
// projections, 2,357 occupations are linked to an O*NET 29.3 occupation,
// 2,313 gain O*NET's job zone and skill ratings, and 2,346 BLS's wages and
// outlook (TestJoinReal).
//
// # Version
//
// The CSV files do not state their release. The Version option names it;
// otherwise LoadDir takes it from the directory's name ("esco-1.0",
// "ESCO dataset - v1.1.1 - classification - en - csv"), LoadZips from the
// zips' names, and Load leaves it unstated. It appears in the source's
// note.
//
// # Test data
//
// The tests read the shared downloads where they are (ESCO v1.0 without
// relations, v1.1.1 with them, Nesta's crosswalk) and committed fixtures
// otherwise: testdata/v1.0 and v1.1 (nine ICT occupations whose relations
// were chosen for the tests, in both layouts), and testdata/v1.1.1 (twelve
// kitchen occupations cut from v1.1.1 with all their real relations) with
// the crosswalk rows of testdata/nesta.
package esco
