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
// mark are accepted, and a file converted from the release's spreadsheets
// may carry " (from xlsx)" before ".txt". Only Occupation Data is
// required: a file a release lacks leaves its part of the catalog empty.
// Cells are read as text with surrounding space trimmed and HTML character
// references decoded: O*NET 29.3's Technology Skills writes one product of
// 47-2022.00 Stonemasons "Tradesman&apos;s Software Master Estimator",
// which is "Tradesman's Software Master Estimator" as the three other
// occupations that list it write it. Only a complete reference with its
// semicolon is decoded (html.UnescapeString), so "Petrel E&P" stays as is.
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
//     "critical-thinking", category "O*NET skill 2.A.2.a"); the elements
//     of O*NET's Social Skills group (element IDs 2.B.1.*) are soft
//     skills, the others hard. For each occupation and element, the level
//     rating (LV, 0-7) gives the requirement's level by
//     skill.FromONetLevel, and the importance rating (IM, 1-5) makes it
//     essential from DefaultEssentialImportance (3, "Important") up and
//     optional below; the requirement's text gives both ratings. Elements
//     rated not relevant or at level 0 are no requirement, nor are ratings
//     O*NET recommends suppressing for low precision (Recommend Suppress =
//     Y).
//   - Knowledge (29.x): the 33 knowledge areas as hard skills of their own
//     category ("O*NET knowledge 2.C.4.a"), with IDs ending in "-knowledge"
//     ("mathematics-knowledge": the Skills file has a Mathematics too; its
//     name then says "Mathematics (knowledge)"), and requirements by the
//     rules of Skills.
//   - Task Statements: one responsibility per task, in the file's order,
//     with O*NET's Task ID as the responsibility's ID. A Core task is
//     primary, a Supplemental one secondary, and a task O*NET has not rated
//     (no type) is unranked.
//   - Technology Skills: one role.Technology per row: the product
//     (Example, "Kubernetes"), its category (Commodity Title and Code) and
//     O*NET's Hot Technology and In Demand flags. rolemodel.Catalog's
//     RolesUsing finds the roles that use a product or a category.
//   - Education, Training, and Experience, with its Categories: for each
//     occupation, the answers of O*NET's survey respondents as
//     distributions, each category with the percentage that chose it, in
//     the order of the categories: the required level of education (RL,
//     "Less than a High School Diploma" to "Post-Doctoral Training") as a
//     role.Education entry, and related work experience (RW, "None" to
//     "Over 10 years") as a role.Experience entry. The entry's text states
//     the most common category in words; no minimum degree or number of
//     years is derived from a distribution. A category O*NET recommends
//     suppressing is kept, marked LowPrecision, so the distribution stays
//     whole. A category is named by its description up to the explanation
//     after " - " ("Post-Secondary Certificate"), or "Category N" in a
//     release without the Categories file. Training (PT, OJ) and the
//     importance of certifications and apprenticeships (IM) are read and
//     checked, not kept.
//   - Interests: the six RIASEC scores (OI scale, 1-7) and the first,
//     second and third high points (IH) as a role.Interests, the high
//     points as letters ("ICR"). role.RankByInterests ranks roles by how
//     closely their profiles correlate with a person's.
//   - Career Changers Matrix and Career Starters Matrix (20.x) and Related
//     Occupations (29.x): one transition per listed pair, with the list's
//     Index as the transition's Index. For O*NET a smaller Index is a closer
//     relation (1 is the most related), so career.WeightBy on Index prefers
//     the closest moves. A pair in several lists is one transition with the
//     smallest of its indices. Option Transitions chooses the lists and
//     MaxRelatedIndex cuts them to their closest tiers.
//
// Every fact cites the one source Load makes of the release's Read Me
// ("onet-29-3", O*NET 29.3 Database, May 2025), and every value keeps where
// it was read: a problem the catalog's rules find later names the file,
// line and column of its cell.
//
// # Full release and market data
//
// A release in full, with the U.S. Bureau of Labor Statistics' wages and
// projections attached (package bls), takes a few lines:
//
//	c, err := onet.LoadDir("onet-29.3")
//	w, err := bls.LoadWages("national_M2024_dl.xlsx")
//	p, err := bls.LoadProjections("occupation.xlsx")
//	c, err = bls.Attach(c, w, p)
//
// O*NET 29.3 gives 1,016 roles: 923 with tasks, technologies and interests,
// 879 with skill and knowledge ratings, 858 with education and experience
// distributions; BLS adds wages to 982 and an outlook to 983. The 93
// without tasks are the 77 residual "All Other" occupations and the 16
// military ones, for which O*NET collects no data. BenchmarkLoadAll29
// measures the whole with BLS's CSV files: about 0.34 s of CPU time and
// 130 MB allocated on a 2-core machine (0.46 s and 195 MB with the xlsx
// files), a third of it the catalog's validation (rolemodel.Build), which
// Load runs once and Attach does not (it amends: Catalog.Amend); reading
// the same files with encoding/csv alone takes about 0.11 s.
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
