// Package role holds the model of a job role: titles, seniority, duties,
// skill requirements, education, experience, pay, outlook and the career
// lists that link roles together.
//
// # Roles and identity
//
// A Role is identified by an ID, a lower-case slug that stays fixed while
// titles change. Its Title and Aliases are the names people use for it; a
// catalog makes sure no two roles share a name, ignoring case and spacing,
// so a title finds exactly one role.
//
// # Sources
//
// Job descriptions disagree: one says a Technology Director earns an average
// of $118,942, another $150,000 to $250,000+. A Role keeps every such fact
// with the IDs of the Source documents it comes from, one entry per source,
// and never averages or picks. Lists such as Salaries, Education and
// Experience therefore hold one entry per source statement.
//
// A reader can tell which source said what. NameSources cite the sources
// of each of a role's names; a skill requirement or certification several
// sources name keeps each source's words as a skill.Quote; an Outlook
// figure keeps the source's hedge on it ("about", "over") in Qualifiers;
// and where a field is not a source's own word, the entry's Note says how
// the source was read.
//
// # Seniority and career lists
//
// Level orders roles from individual contributor to executive. The three
// career lists a job description gives (EntryFrom, AdvancementTo,
// LateralMoves) are written on the role; a catalog turns them into the
// transitions of its career graph.
//
// # Value types
//
// Years ("10-15+"), Level, Track, Degree and Priority are small comparable
// values with Parse functions and text marshalling; their zero values mean
// "not stated".
package role
