// Package ddat reads the UK government's Digital and Data Profession
// Capability Framework (DDaT, https://ddat-capability-framework.service.gov.uk/)
// from its CSV download into a rolemodel.Catalog: the framework's role
// families, a career ladder per role, the role levels as the ladder's
// rungs, its skills, and the skills each role level needs at the
// framework's four skill levels.
//
// # Files
//
// Load reads two files at the root of a folder, finding columns by their
// header names (other columns are ignored, the order is free):
//
//	roles.csv   Role Family, Role, Role Description, Role Level, Role Level Description,
//	            Skill Name, Skill Description, Skill Level, Skill Level Description
//	skills.csv  Skill Name, Skill Description, Awareness, Working, Practitioner, Expert
//
// roles.csv is required and has one row per role level and skill, with the
// facts about the family, role and role level repeated on each row;
// skills.csv, the framework's skills A to Z, is read when present. The
// download's Role Type column (Senior Civil Service or empty) and skills.csv's
// Roles that require Skill are not read: the first is implied by the level
// NOT IN USE, the second by roles.csv (which it does not always match: in
// the 2024 download the lists of 15 skills leave out roles that roles.csv
// gives them, such as change and release manager).
//
// The files are RFC 4180 CSV in UTF-8, with or without a byte order mark,
// CRLF or LF line endings; quoted fields hold the multi-line descriptions
// (internal/table reads them). Cells are trimmed of surrounding space
// ("End user computing engineer " is a role level of the 2024 download). In
// the description columns the framework's markers NOT IN USE and MISSING (a
// skill without a description) are read as no text.
//
// # Mapping
//
// The source of every rule below is the download's own layout as its page
// describes it (https://ddat-capability-framework.service.gov.uk/download)
// and the role pages, which list each role's levels in ladder order.
//
//   - Role Family: a role.Family, ID FamilyID(name), title the name. The
//     2024 download has 8.
//   - Role: a role.Ladder in that family, ID LadderID(name), title the
//     name, description its Role Description. The 2024 download has 52.
//   - Role Level: a role.Role on that ladder, ID RoleID(name), title the
//     name, its Role Level Description as its one description, Family and
//     Ladder set, Rank its rung (1 the entry rung, see Ladder order), Track
//     individual contributor, or management for a level named
//     "… - management" ("Senior developer - management"), which shares the
//     rung of its individual-contributor twin ("Senior developer"). The 2024
//     download has 205, on 199 rungs. The catalog derives the advancement
//     moves between consecutive rungs; Load writes none.
//   - Skill Name: a skill.Skill, ID SkillID(name), its description laid
//     out as shown below. A skill that only one of the files names is still
//     a skill.
//   - Each row: a skill.Requirement of its role level: the skill, Level the
//     framework's word on the catalog's scale (Awareness, Working,
//     Practitioner and Expert are the catalog levels of the same names; the
//     catalog's Advanced, between Practitioner and Expert, is not used, so
//     a gap from Practitioner to Expert counts two steps), Label the
//     framework's word with its capital (the cell is matched ignoring case
//     and spacing), Text the Skill Level Description, and
//     Essential, as the framework lists only the skills a role level needs.
//   - One role.Source, Source(), which every family, ladder, role, skill and
//     requirement cites.
//
// # IDs
//
// Every family, ladder, role and skill ID begins with IDPrefix, "ddat-",
// then the slug of the framework's name (lower case, accents removed, every
// run of other characters one hyphen): ddat-software-development,
// ddat-software-developer, ddat-senior-developer-management,
// ddat-programming-and-build-software-engineering. The prefix lets the
// catalog join others with rolemodel.Merge: the embedded catalog, too, has
// an enterprise-architect and a head-of-data-science, and package
// progression begins its IDs with "ft-" and "monzo-" for the same reason.
// A name may make an ID of at most 115 characters after the prefix.
//
// A skill's description is its Skill Description followed by what each of
// the four levels means, each a paragraph headed by the level's word (the
// catalog's skill.Skill has no field for per-level texts):
//
//	Accessibility involves ensuring your service can be used by as many people as possible, …
//
//	Awareness:
//	You can:
//	- understand accessibility and that users have different accessibility needs
//	…
//
//	Working:
//	You can:
//	…
//
// The texts come from skills.csv; for a skill it does not list (or without
// skills.csv), from roles.csv, whose Skill Level Description is the same
// text for each level a role level requires. The Senior Civil Service skills
// have no level texts, only a description.
//
// The role levels' coarse seniority (role.Role's Level) is not set: the
// framework states none, and its names do not map onto one scale across
// roles (a "Lead" is the second rung of one ladder and the fifth of
// another).
//
// # Ladder order
//
// roles.csv lists a role's levels alphabetically. Load recovers the ladder
// order from the level names, and from the skill levels only where the
// names do not decide:
//
//  1. A level named "Head of …" or "Chief …" is above every other level of
//     its ladder.
//  2. Below those, a level whose name ends in "analyst" is below the others:
//     the IT operations ladders begin with analysts and go on to managers
//     (operations analyst, senior operations analyst, operational control
//     manager, head of command and control).
//  3. Then by the seniority word the name begins with: Trainee or
//     Apprentice, Associate, Junior, none ("Data analyst", "Operational
//     control manager"), Senior, Lead (or a name ending in "lead": "Data
//     ethics lead"), Principal. Associate is below Junior: the only ladders
//     with both are the user-centred design ones, where the associate level
//     is "a trainee in an entry-level position".
//  4. Between names these rules do not order, the lower average of the skill
//     levels required (Awareness 1 to Expert 4) is the lower rung
//     (configuration analyst below change and release analyst, service
//     acceptance analyst below service readiness analyst, incident manager
//     below major incident manager). Names the average does not order
//     either share a rung; the 2024 download has none.
//
// A management-track level takes the place of its name without
// " - management". Ranks are dense: the rungs of a ladder are 1, 2, 3 … The
// rule gives the order the framework's role pages show for every ladder
// checked (software developer, user researcher, command and control centre
// manager, service desk manager, IT service manager, change and release
// manager, service transition manager). Where the names and the skill levels
// disagree, the names win: the lead data scientist requires higher skill
// levels on average than the principal data scientist, who requires more
// than the head of data science, and the lead performance analyst and lead
// content designer more than their heads; they are placed by their names,
// lead below principal and head as on every other ladder.
//
// # Senior Civil Service roles
//
// The Senior Civil Service roles (chief data officer, chief digital and
// information officer, chief information security officer, chief technology
// officer) have the level NOT IN USE, and so do their skill levels and level
// descriptions. Each is one role, named by the role's name (RoleID of it),
// alone on its ladder at rank 1, in its family (Chief digital and data),
// with the role's description and no track; no level is invented. Its
// requirements have no level and no label, and their text is the row's
// Skill Description, which for these rows says what the role does with the
// skill. A role with NOT IN USE on some rows and named levels on others is a
// problem.
//
// # Repeated and conflicting rows
//
// A row that repeats an earlier row's role level and skill with the same
// skill level and Skill Level Description is merged into it: the 2024
// download has 16 such rows (the data analyst's Managing a data project and
// Delivering business impact through data, the business analyst's Context,
// problem and option analysis). A row that names a role level's skill again
// at a different level or with a different text is a problem, as is a fact
// stated on many rows that differs between them (a role in two families, a
// role, role level or skill described differently, a role level under two
// roles), and two names that make the same ID. Nothing is kept from a
// download with a problem: Load returns no catalog.
//
// # Errors and limits
//
// Every problem is a rolemodel.Problem naming the file, the line and byte
// column where the record or field starts, and the column's header name,
// with what was expected: a missing column, a row with too few or too many
// fields, bad quoting, text that is not UTF-8 or holds control characters
// other than tab and line breaks, an empty name or one that shows as nothing
// (white space and invisible characters such as U+200B only), a name that
// is not one line of text (a C1 control such as NEL, a line or paragraph
// separator, a bidirectional formatting character), a description that
// opens bidirectional formatting without closing it, an unknown skill
// level word, text longer than the catalog
// keeps (200 characters for a name, 8,000 for a description, 4,000 for a
// requirement's text and for a skill's description with its level texts).
// Load reports them all in one *rolemodel.ValidationError (the first
// hundred, then a count). A file larger than MaxFileSize is refused before
// it is read.
//
// # Licence
//
// The framework is Crown copyright, published under the Open Government
// Licence v3.0. A product that includes its content must carry the
// attribution Attribution, "Contains public sector information licensed
// under the Open Government Licence v3.0."; the catalog's source carries it
// as its note.
package ddat
