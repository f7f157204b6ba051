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
// up to four lists: sources, skills, certifications and roles. Several
// files may split a catalog between them (LoadFS). A role has an id (a
// lower-case slug) and a title; everything else is optional. The career
// lists a job description gives are written on the role as entry_from,
// advancement_to and lateral_moves, and the catalog turns them into
// transitions of kind entry, advancement and lateral. A complete, commented
// example is testdata/example.yaml; catalog.schema.json describes the format
// as JSON Schema for tools in other languages.
//
// # Validation
//
// Loading is strict. An unknown field, a duplicate key or a value of the
// wrong type is a problem; so are field rules (a slug ID, an ISO 4217
// currency, a minimum above its maximum, a percentage out of range) and
// catalog rules (unique IDs, no title or alias shared by two roles ignoring
// case and spacing, every referenced role, skill, certification and source
// defined, no role moving to itself). Load reports every problem at once in
// a *ValidationError (only a file that cannot be parsed at all stops the
// checks that need its contents), each with its file, line, column and a path such as
// roles[it-director].salaries[1].max, and returns no catalog at all.
//
// # Sources
//
// Job descriptions disagree. A catalog keeps each source's statement as its
// own entry, citing the source by ID, and never averages or picks: the
// default catalog's Technology Director has four salary entries from four
// documents.
package rolemodel
