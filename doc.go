// Package rolemodel models job roles and the careers that link them: typed
// roles, skills, certifications and salaries, loaded strictly from JSON or
// YAML catalogs, with a career graph for path questions and an embedded
// default catalog to start from.
//
// # Catalogs
//
// A Catalog holds roles (package role), the skills and certifications they
// reference by ID (package skill), the source documents every fact cites,
// and the career graph (package career) derived from the roles' career
// lists. Default returns the catalog embedded in the module; Load, LoadFile
// and LoadFS read one of your own. A Catalog is immutable and safe for
// concurrent use, and everything it returns is a copy.
//
// # The file format
//
// JSON and YAML describe the same model with snake_case keys. A file holds
// up to seven lists: sources, skills, certifications, families, ladders,
// grades and roles (the fields of Parts). Several
// files may split a catalog between them (LoadFS). A role has an id (a
// lower-case slug) and a title; everything else is optional. The career
// lists a job description gives are written on the role as entry_from,
// advancement_to and lateral_moves, and the catalog turns them into
// transitions of kind entry, advancement and lateral. A complete, commented
// example is testdata/example.yaml; catalog.schema.json describes the format
// as JSON Schema for tools in other languages.
//
// # Job architecture
//
// HR tools keep their jobs in a job architecture, and a catalog holds it:
// job families (a family's parent makes it a sub-family), career ladders
// inside a family, and pay grades, ranked, each with a pay band (min, mid,
// max, currency, period) per region. A role names its family, its ladder
// and its rung on it (rank, 1 for the entry rung), and its grade; roles of
// the individual-contributor and management tracks may share a rung. The
// coarse role.Level stays the seniority class that compares across
// catalogs; rungs and grades are the organisation's own.
//
// A ladder implies advancement moves between consecutive rungs, so an
// author writes the order once, not every move:
//
//   - a role with no track advances to every role on the next rung up;
//   - a role on a track advances to the roles of its track (or of no track)
//     on the nearest rung above that has any, and also to the roles of a
//     track that first appears on the very next rung: the ladder splits
//     there (Senior Engineer at rung 3 leads to Staff Engineer and to
//     Engineering Manager at rung 4);
//   - a role whose track has no rung above advances to every role on the
//     next rung: the tracks join (both Principal Engineer and Director at
//     rung 5 lead to a CTO at rung 6).
//
// A move the author writes between two roles, of any kind, replaces the
// one the ladder implies; an implied move cites the ladder's sources.
// NextRung answers the rule for one role, Rungs and Table lay a ladder out
// (Table as the rungs-by-tracks page career frameworks publish), Select
// finds roles by family (sub-families included), ladder, grade, level,
// track or required skill, and PayBand gives a role's band in a region, on
// which salary.Band computes compa-ratio and range penetration. Compare
// and Plan report the rung, grade and band changes of a move.
//
// Sources are optional on families, ladders and grades, as on everything a
// company writes about itself; the embedded default catalog still cites
// every fact. Packages progression and ddat import published career
// frameworks into this model. A framework's own proficiency word (the FT's
// "Foundational", DDaT's "Practitioner") is a requirement's Label beside
// its Level on the catalog's scale; gaps compare Levels, and the word
// travels with the level wherever one is reported for a requirement
// (skill.Shortfall.Label in Gap and Plan, LevelChange.FromLabel and
// ToLabel in Compare), so that a person reads the framework's word.
//
// # Validation
//
// Loading is strict. An unknown field, a duplicate key or a value of the
// wrong type is a problem; so are field rules (a slug ID, an ISO 4217
// currency, a minimum above its maximum, a percentage out of range) and
// catalog rules (unique IDs, no title or alias shared by two roles ignoring
// case and spacing, every referenced role, skill, certification and source
// defined, no role moving to itself, family parents without a cycle, one
// grade per rank, one band per grade and region, min <= mid <= max, a rung
// on its own family's ladder), and the characters of text by kind of field
// (a name, ID or label is one line without control, line-separator or
// bidirectional formatting characters, and not white space only; free text
// may hold line breaks but no other control character and no unclosed
// bidirectional formatting). Load reports every problem at once in a
// *ValidationError (only a file that cannot be parsed at all stops the
// checks that need its contents), each with its file, line, column and a
// path such as roles[it-director].salaries[1].max, up to MaxProblems of
// them with the rest counted, and returns no catalog at all. Its Error is
// one line safe to log, however hostile the input.
//
// # Sources
//
// Job descriptions disagree. A catalog keeps each source's statement as its
// own entry, citing the source by ID, and never averages or picks: the
// default catalog's Technology Director has four salary entries from four
// documents.
package rolemodel
