// Package progression reads published career frameworks into a
// rolemodel.Catalog: the Financial Times engineering progression (ReadFT)
// and Monzo's progression framework (ReadMonzo). A framework becomes job
// architecture: a job family, a career ladder whose rungs are the
// framework's levels, one role per level, one skill per theme or topic, and
// on each role what the framework expects of it, in the framework's words.
//
// The catalog derives the advancement moves between consecutive rungs of a
// ladder (see package rolemodel), so the roles carry no career lists of
// their own. Frameworks state no pay, so no grades are made.
//
// # The FT engineering progression
//
// ReadFT reads one job-family file of
// https://github.com/Financial-Times/engineering-progression
// (data/job-families/engineering.yml, operations.yml and their like):
// name, summary, levels (id, name), themes (id, name, optional summary) and
// competencies (id, level, theme, summary, proficiency, and in older files
// examples and supportingUrls), as the FT's schema test/schema/job-family.json
// describes them, plus the isLegacy flag operations.yml carries.
//
//   - The file is a job family and its one ladder, both titled by name; the
//     ladder's description is the summary.
//   - Each level is a role titled by its name, on the ladder in file order.
//     Levels that differ only by the suffix "(Individual Contributor)" or
//     "(People Manager)" and follow each other share a rung, on the
//     individual-contributor and management tracks; every other level is a
//     rung of its own. engineering.yml's eight levels make six rungs:
//     Junior Engineer, Engineer, Senior Engineer 1, Senior Engineer 2 (IC
//     and PM), Principal Engineer (IC and PM), Technology Director.
//   - A level without a suffix has no track (role.UnknownTrack): the FT
//     states none. Junior Engineer to Senior Engineer 1 sit below the point
//     where the tracks split, and Technology Director above the point where
//     they join; the catalog's ladder rules advance the one role of such a
//     rung to each role of the next, and each role of a split rung to the
//     one role above.
//   - Each theme is a skill named by the theme, described by its summary,
//     with category "FT <name> theme".
//   - The competencies of a level for a theme make one requirement of that
//     level's role on that theme's skill, essential (the framework's
//     expectation at that rung). Its Label is the competency's proficiency
//     word and its Level that word's rank on the catalog's scale (see
//     FTProficiency). Its Text is the competency's summary, trimmed; where
//     a level has several competencies for a theme (operations.yml has two
//     to nine), or a competency has examples, the Text is a Markdown list
//     of the summaries in file order with each one's examples indented
//     under it, a summary and its examples repeated word for word under a
//     second ID written once. Several competencies take the highest of
//     their words, and each summary is followed by its own word in
//     brackets where the words differ. supportingUrls are not kept.
//   - The source (ID ft-engineering-progression-<family>) names the FT as
//     publisher, the repository, the MIT licence and FTCopyright; a file
//     marked isLegacy says so in the source's note.
//
// # Monzo's progression framework
//
// ReadMonzo reads the frameworks folder of
// https://github.com/monzo/progression-framework: one Markdown file per
// framework, whose YAML front matter (between two lines "---") holds the
// framework's title, sidebarGroup, levels (how many) and topics, each with
// a name, an optional title and content: per level, criteria and
// exampleCriteria (a criterion with examples).
//
//   - Each file is a ladder titled by the framework's title, without the
//     emoji that starts it and the word "Framework" that ends it ("🛠️
//     Backend Engineering Framework" is "Backend Engineering").
//   - The ladder's family is the file's sidebarGroup ("engineering" is
//     family Engineering), else the folder the file is in, else a family of
//     its own titled like the ladder (marketing.md is family Marketing;
//     generic.md, Monzo's generic framework, is family Generic).
//   - The level numbers the topics use are the rungs, lowest first, each a
//     role titled "<ladder>, level <n>": Monzo names its levels by number
//     only. The front matter's levels must equal how many there are. Most
//     frameworks use 1 to levels; Ops Leadership uses 2 to 6 with levels:
//     5, so its entry rung is "Ops Leadership, level 2". (Monzo's site shows
//     buttons 1 to levels, src/components/levelsGroup.js, so it never shows
//     that framework's level 6.)
//     Monzo's levels state no track or seniority class, so roles have
//     neither.
//   - Each topic is a skill, shared by every framework that has a topic of
//     the same name (compared as IDs, so "Knowledge" and "knowledge" are
//     one): Monzo's site treats topics of one name as one, showing the
//     generic framework's title and criteria under another framework's
//     topic of that name (src/components/renderers/levelledRenderer.js).
//     The skill is named by the first title a file gives the topic, in path
//     order and without its emoji, else by the topic's name with a capital;
//     its category is "Monzo progression topic".
//   - A topic's content at a level is one essential requirement of that
//     level's role, whose Text is the level's criteria and then its
//     exampleCriteria as a Markdown list, examples indented under their
//     criterion. Monzo's criteria carry no proficiency word, so the
//     requirement has no Level and no Label. A framework's requirements are
//     its own criteria: the generic framework's criteria, which Monzo's
//     site also shows under a framework's topics of the same name, stay on
//     the generic ladder.
//   - A file whose front matter says yaml: false (the three design
//     frameworks) gives its levels in the Markdown body instead: a heading
//     "## Level N" per level, in increasing order, and under it a heading
//     "### Topic" per topic whose paragraphs, joined by blank lines, are the
//     requirement's text. Blank lines and thematic breaks ("---") separate;
//     other text outside a topic and other headings are errors. Other
//     files' bodies (prose about the framework) are not read.
//   - The catalog has one source, MonzoSource, naming Monzo Bank Limited as
//     publisher, the repository, the MIT licence and MonzoCopyright.
//
// # IDs
//
// Every ID starts with the publisher, "ft-" or "monzo-", then the family
// or file, so that catalogs read from several files and frameworks merge
// with rolemodel.Merge without two entries sharing an ID (Merge keeps the
// first of two skills with one ID, and refuses two roles with one ID).
// IDs are slugs of the framework's own names: lower case, accents removed,
// every run of other characters one hyphen.
//
//	FT family and ladder      ft-<name>                   ft-engineering
//	FT role                   ft-<name>-<level id>        ft-engineering-senior-2-ic
//	FT skill                  ft-<name>-<theme id>        ft-engineering-communication
//	Monzo family              monzo-<group>               monzo-engineering
//	Monzo ladder              monzo-<path without .md>    monzo-engineering-backend
//	Monzo role                monzo-<path>-level-<n>      monzo-engineering-backend-level-3
//	Monzo skill               monzo-<topic name>          monzo-communication
//
// Role titles are the framework's own (FT level names) or made from them
// (Monzo), so the FT's engineering and operations families both have an
// "Engineer": a merged catalog lets roles share names, Catalog.Lookup
// reports false for such a name, and Catalog.LookupAll lists its roles.
//
// # Levels and tracks
//
// An FT role's seniority class (role.Level) comes from the words of its
// title: "Chief" executive, "Vice President" or "VP" vice-president,
// "Senior Director" senior-director, "Director" director, "Head of" not
// stated, "Manager" (including "People Manager") manager, "Principal",
// "Lead" or "Architect" lead, any other title individual-contributor. This
// is the rule of role.Level's documentation except that "Senior …
// Manager" is not senior-manager: the FT's "Senior Engineer 2 (People
// Manager)" is a senior engineer who manages people, the same class as
// "Principal Engineer (People Manager)". So Technology Director is
// director, the two People Manager levels manager, Principal Engineer
// (Individual Contributor) lead, and the other engineering levels
// individual contributors. Monzo's role titles are made, not published
// job titles, so its roles have no class.
//
// # Tabs in Monzo's front matter
//
// frameworks/people.md has a tab right after a sequence dash (line 205,
// `-<TAB>"Understands people risk…"`), which go.yaml.in/yaml/v3 and the
// other parsers derived from libyaml refuse, though the line means a list
// item like its neighbours. So ReadMonzo reads a tab as a space in exactly
// this place: on a line the YAML parser refuses for a tab, made of spaces,
// one "-" and then blanks that hold the tab. Nothing else is changed (a tab
// and a space are one byte each, so lines and columns stay the file's). At
// most 100 such tabs are read in a file, fewer in a file larger than 83,886
// bytes (each costs a parse of the file, and at most 8 MiB are parsed
// again). A tab anywhere else (indentation, after a nested dash, in a block
// of text where the parser accepts it anyway) is left alone: where the
// parser refuses it, the problem names the tab's line and column. Option
// StrictYAML turns the tolerance off, for checking files before they are
// published; ReadFT reads strict YAML always.
//
// # Errors and limits
//
// ReadFT and ReadMonzo return a *rolemodel.ValidationError, and no catalog,
// for input that is not a framework. Every problem has the file (for Monzo
// its path in the file system, for the FT the name given with File),
// line and column where known, the field path (levels[3].name,
// topics[2].content[1].criteria[0]) and what was expected, with the kinds
// of package rolemodel: ErrSyntax for text that is not YAML or Markdown as
// described, ErrEmpty for a missing part, ErrInvalidValue for a missing
// or wrong value (an unknown proficiency word), ErrReference for a
// competency naming a level or theme the file lacks, ErrDuplicate for an
// ID, level, topic or title given twice, ErrUnknownField for a field the
// format does not have, ErrWrongType, and ErrTooLarge for a file over
// MaxFileSize, a text over the catalog's limits (4000 characters of
// requirement text, 200 of a title) or more than 1000 rungs. Each problem quotes at most 64 bytes
// of input, with control characters escaped; at most 100 are listed.
//
// # Licences
//
// Both frameworks are published under the MIT licence, which asks that the
// copyright notice and the permission notice be included with copies: a
// product that ships an imported catalog must carry the licence text with
// FTCopyright or MonzoCopyright, which the catalog's sources hold in their
// notes.
package progression
