// Package onet reads a release of the O*NET database, the U.S. Department of
// Labor's public description of about a thousand occupations, into a
// rolemodel.Catalog, so that lookups, career paths and skill gaps run over
// every occupation it lists.
//
// # Files
//
// Load reads O*NET's tab-separated text release (the folder with
// "Occupation Data.txt"). Columns are found by their header names, so
// releases that add a Title column after the code (29.x) load as well as
// those without (20.x); CRLF and LF line endings and a leading byte order
// mark are accepted. Only Occupation Data is required: a file a release
// lacks leaves its part of the catalog empty.
//
//   - Occupation Data: one role per O*NET-SOC code. The role ID is the code
//     with its dot as a hyphen (RoleID: "11-3021.00" → "11-3021-00"), the
//     code is kept as the role's Codes.ONetSOC, the description as its
//     description.
//   - Alternate Titles: the alternate and short titles become aliases. O*NET
//     lists some titles under several occupations ("IT Manager" under six in
//     20.3),
//     so the catalog allows shared names: Lookup finds a name that is one
//     role's title, and reports false for a name several roles have only as
//     an alias; LookupAll returns all of them and Find an
//     *rolemodel.AmbiguousTitleError.
//   - Job Zones and Job Zone Reference: the zone's name and its Experience
//     text become the role's experience, its Education text the role's
//     education. O*NET's wording is "most of these occupations require", so
//     no minimum degree is set.
//   - Skills (29.x): one skill per element ("Critical Thinking", ID
//     "critical-thinking"); the elements of O*NET's Social Skills group
//     (element IDs 2.B.1.*) are soft skills, the others hard. For each
//     occupation and element, the level rating (LV, 0-7) gives the
//     requirement's level by skill.FromONetLevel, and the importance rating
//     (IM, 1-5) makes it essential from DefaultEssentialImportance (3,
//     "Important") up and optional below. Elements rated not relevant or at
//     level 0 are no requirement, nor are ratings O*NET recommends
//     suppressing for low precision (Recommend Suppress = Y).
//   - Career Changers Matrix and Career Starters Matrix (20.x) and Related
//     Occupations (29.x): one transition per listed pair, with the list's
//     Index as the transition's Index. For O*NET a smaller Index is a closer
//     relation (1 is the most related), so career.WeightBy on Index prefers
//     the closest moves. A pair in several lists is one transition with the
//     smallest of its indices. Option Transitions chooses the lists and
//     MaxRelatedIndex cuts them to their closest tiers.
//
// # Levels and kinds of move
//
// O*NET has no seniority scale. The occupations of SOC major group 11,
// Management Occupations, are graded by title as role.Level documents
// ("Chief Executives" executive, "… Directors" director, the others
// manager); "First-Line Supervisors of …" are leads; every other occupation
// is an individual contributor. The job zone (1-5, the preparation an
// occupation needs) decides the kind of a move: up is an advancement, the
// same or down lateral; between occupations of one zone, a move up in level
// is an advancement. O*NET states no entry points, so an imported catalog
// has no entry moves.
//
// # Errors and limits
//
// A file that is not an O*NET table (a missing required column, a row with
// too few fields, a line that is not UTF-8 text, a code that is not
// NN-NNNN.NN, a code that Occupation Data does not list, a duplicate row)
// gives a *rolemodel.ValidationError whose problems name the file, line and
// column; Load then returns no catalog. A file larger than MaxFileSize
// (DefaultMaxFileSize unless set) is refused before it is read.
//
// # Licence
//
// O*NET is published under CC BY 4.0. The catalog's source carries the
// attribution (Attribution), which a product that ships the data must show.
package onet
