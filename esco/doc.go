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
//	occupations_en.csv               conceptUri, preferredLabel; altLabels, hiddenLabels, iscoGroup, description
//	skills_en.csv (or skills_en-us)  conceptUri, preferredLabel, skillType; reuseLevel, altLabels, hiddenLabels, description
//	occupationSkillRelations_en.csv  v1.1 and later: occupationUri, occupationLabel, relationType, skillType, skillUri, skillLabel
//	occupationSkillRelations.csv     v1.0.x: occupationUri, relationType, skillType, skillUri
//
// The columns before the semicolon are required. skills_en-us.csv is read
// when skills_en.csv is absent.
//
// Only the occupations are required; a file the download lacks is simply
// missing from the result. Of the relations, occupationUri, relationType
// (essential or optional) and skillUri are read. ReadHierarchy reads the
// two files of the occupation pillar, ISCOGroups_en.csv (conceptUri, code,
// preferredLabel) and broaderRelationsOccPillar.csv (conceptUri,
// broaderUri), into a Hierarchy, since a catalog has no place for them.
//
// The files are RFC 4180 CSV in UTF-8, with or without a byte order mark,
// with CRLF or LF line endings or both. Multi-valued fields (altLabels,
// hiddenLabels) hold one label per line inside one quoted field. Files are
// untrusted: a file larger than MaxFileSize is refused before it is read,
// and every problem (a record with the wrong number of fields, bad quoting,
// text that is not UTF-8, a missing column, an empty or repeated URI, a
// relation to an unknown occupation or skill, a repeated relation) is
// reported with its file, line and column as a rolemodel.Problem of the
// kinds the root package defines: the first hundred problems listed, the
// rest counted.
//
// # Mapping
//
// Each occupation becomes a role.Role: ID from RoleID ("esco-" and the
// UUID at the end of the concept URI), Title the preferred label, Aliases
// the alternative and hidden labels (trimmed, each once, ignoring case and
// spacing, never repeating the title), Codes.ESCO the concept URI,
// Codes.ISCO08 the ISCO group, and one description. The catalog is built
// with rolemodel.SharedNames, as ESCO gives some labels to several
// occupations.
//
// Each skill concept becomes a skill.Skill: ID from SkillID, Name the
// preferred label (a few v1.0 concepts have none in English; their URI
// names them), Aliases the alternative labels, Description, and Category
// the skill type (knowledge or skill/competence) followed by the reuse
// level (transversal, cross-sector, sector-specific or occupation-specific)
// in parentheses: "knowledge (sector-specific)", "skill/competence
// (transversal)", or the type alone when the reuse level is empty. Kind
// follows the skill type: knowledge is skill.Hard; a skill/competence is
// skill.Soft when its reuse level is transversal, and skill.Hard otherwise.
// Since Kind alone cannot tell knowledge from a non-transversal
// skill/competence, Category keeps both of ESCO's facets.
//
// Each relation becomes a skill.Requirement of the occupation's role, in
// file order, with Essential from relationType and Level unstated (ESCO
// does not grade proficiency).
//
// # Test data
//
// The ESCO v1.0 download shipped with the project's shared test data has
// no occupation-skill relations file, so from it Load gives occupations
// without requirements and without transitions. Requirements and
// transitions are therefore tested on the committed fixture in testdata
// (real occupations and skills, with relations chosen for the tests, not
// ESCO's) and on generated full-size data.
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
// list of roles, so the full classification takes well under a second.
//
// # Version
//
// The CSV files do not state their release. The Version option names it;
// otherwise LoadDir takes it from the directory's name ("esco-1.0",
// "ESCO dataset - v1.1.1 - classification - en - csv") and Load leaves it
// unstated. It appears in the source's note.
package esco
