// Package export writes a catalog in the formats other tools read: the
// career graph as GraphML for graph libraries and graph databases, the
// roles, skills, moves and requirements as CSV for bulk importers and
// spreadsheets, a role as a Markdown job description, and the whole
// catalog as YAML. (Package schemaorg writes a role as schema.org
// JSON-LD; package career draws the graph as DOT and Mermaid.)
//
//	err := export.WriteGraphML(f, rolemodel.Default())
//	err = export.WriteCSVFiles("out", c)                          // roles.csv, skills.csv, moves.csv, requirements.csv, ...
//	err = export.WriteMarkdown(os.Stdout, c, "technology-director")
//	part, err := export.Subset(c, []role.ID{"technology-director"}, 1) // a role and its neighbours
//
// Every writer's output depends only on the catalog: the same catalog gives
// the same bytes. Writers return the writer's first error.
//
// # GraphML
//
// WriteGraphML writes one directed graph, a node per role (ID, title,
// level, track, family, ladder, rank, grade, codes) and an edge per move
// (kind, years, index, sources), every attribute declared with a <key>.
// networkx reads it with read_graphml(path, force_multigraph=True) (two
// moves of different kinds may link the same two roles), and so do igraph,
// Gephi, yEd, Cytoscape and Neo4j's APOC (apoc.import.graphml).
//
// # CSV for bulk import and spreadsheets
//
// WriteCSVFiles writes six files, UTF-8, comma-separated, RFC 4180
// quoting (encoding/csv), a header row first:
//
//	roles.csv         id:ID(Role), :LABEL, title, aliases:string[], level, track, family,
//	                  ladder, rank:int, grade, onet_soc, isco_08, esco
//	skills.csv        id:ID(Skill), :LABEL, name, kind, category
//	moves.csv         :START_ID(Role), :END_ID(Role), :TYPE, from_title, to_title,
//	                  years:float, index:float, sources:string[]
//	requirements.csv  :START_ID(Role), :END_ID(Skill), :TYPE, role_title, skill_name,
//	                  level, level_rank:int, label, essential:boolean
//	technologies.csv  name:ID(Technology), :LABEL, category, category_code
//	uses.csv          :START_ID(Role), :END_ID(Technology), :TYPE, role_title, category,
//	                  hot:boolean, in_demand:boolean, sources:string[]
//
// Technologies (role.Technology: O*NET's Technology Skills) are nodes of
// their own, one per product name, linked to the roles that use them by
// USES relationships that carry O*NET's Hot Technology and In Demand
// flags, rather than properties of the role: a product is shared by many
// roles (Microsoft Excel by most of O*NET's), which a graph query then
// reaches from either side, and the first four files' headers stay as
// they were.
//
// The headers are those of Neo4j's bulk importer
// (https://neo4j.com/docs/operations-manual/current/import/): ID columns
// name their ID space (Role, Skill), :LABEL is Role or Skill, :TYPE is
// ENTRY, ADVANCEMENT or LATERAL for a move, REQUIRES for a requirement and
// USES for a technology,
// and list cells (aliases, sources) separate their elements with ";",
// the importer's default array delimiter. Empty cells mean not stated, and
// the importer sets no property for them. The six files load as they are:
//
//	neo4j-admin database import full --nodes=roles.csv --nodes=skills.csv \
//	    --nodes=technologies.csv --relationships=moves.csv \
//	    --relationships=requirements.csv --relationships=uses.csv neo4j
//
// Memgraph's LOAD CSV, TigerGraph loading jobs, Amazon Neptune's bulk
// loader (after renaming the header's :ID columns to ~id, ~from, ~to and
// ~label) and spreadsheets read the same files; the title columns of moves
// and requirements are there for people reading the files, the IDs for
// the importers. A skills file beyond the three the task names (roles,
// moves, requirements) is needed because an importer resolves each
// requirement's end to a node: without skill nodes it would drop them.
//
// # Markdown
//
// WriteMarkdown writes a role as a job description laid out as published
// ones are (summary, responsibilities primary then secondary, skills
// essential then optional with levels, certifications, education,
// experience, pay figures with their sources, outlook, where the role
// leads), each fact citing its sources by number.
//
// # YAML
//
// WriteYAML writes the catalog file format as YAML, for a person to review
// a catalog built in code or imported from a public taxonomy.
package export
