// Rolemodel answers questions about job roles and careers from the command
// line, and checks and exports role catalogs.
//
// Install it with
//
//	go install github.com/rolemodel/rolemodel/cmd/rolemodel@latest
//
// Usage:
//
//	rolemodel <command> [flags] [arguments]
//
// The commands are:
//
//	validate  check catalog files and report every problem
//	path      find the shortest career paths from one role to another
//	reach     list the roles within a number of moves of a role
//	gap       show what a person lacks for a role
//	plan      plan the moves from one role to another and what to learn for each
//	match     rank the roles a person is most ready for
//	ladder    show a career ladder as rungs by tracks, or list the ladders
//	compare   show what changes from one role to another
//	pay       show what a role pays, and where a pay figure sits
//	export    write the catalog, its career graph or its roles in another format
//
// "rolemodel help <command>" describes a command and its flags; "rolemodel
// help catalogs" the flags every command shares. Flags go after the
// command, before or after its arguments ("--" ends them).
//
// # Catalogs
//
// Every command reads the catalog embedded in the module (the Technology
// Director and the roles around it, from five published job descriptions),
// or the catalogs its flags name, joined in the order given as
// rolemodel.Merge joins them: -catalog FILE (YAML or JSON, or a folder of
// them; repeatable), -default (the embedded catalog too), -onet DIR (an
// O*NET text release), -esco DIR (ESCO's CSV download), -ddat DIR (the UK
// DDaT framework CSV), -ft FILE (an FT engineering-progression file) and
// -monzo DIR (Monzo's progression frameworks). Catalogs that share IDs
// are joined with -prefix PREFIX (the IDs of every catalog named after it,
// until the next -prefix, take the prefix, as rolemodel.PrefixIDs gives
// it) and -same-as OTHER=BASE (repeatable: role OTHER of a later catalog
// is role BASE of the earlier ones, as rolemodel.SameAs says); without
// them a conflict names both definitions. -crosswalk FILE joins the one
// -esco catalog with the one -onet catalog through Nesta's ESCO to O*NET
// crosswalk, as esco.Join does. -bls-wages FILE and
// -bls-projections FILE then attach BLS pay percentiles and outlook to every
// role with an O*NET-SOC code. Roles are named by ID,
// title or alias in any case, or O*NET-SOC code.
//
// # Output
//
// Output is text for people (aligned columns, titles rather than IDs);
// every query command takes -json for programs. validate prints each
// problem as file:line:column: path: message, the form editors and CI
// annotate. The flaws an importer accepts instead of refusing (ESCO v1.1.1's
// 67 relations to an occupation it lacks and six skills without a type: see
// package esco's Warnings) are written to standard error by every command,
// as file:line: warning: column: message, the first 20 and then how many
// more; validate -json lists them per input under "warnings". Warnings
// never change the exit status.
//
// # Exit status
//
// 0 when the command did what was asked; 1 when validate found problems or
// the input cannot be used (an invalid catalog, an unknown role, no path
// between two roles, a role without recorded requirements); 2 for a bad
// command line (unknown command or flag, wrong number of arguments).
//
// Examples:
//
//	rolemodel path "Senior IT Manager" CTO -k 3
//	rolemodel gap -profile me.yaml "Technology Director"
//	rolemodel validate roles.yaml
//	rolemodel ladder -catalog testdata/ladder.yaml software-engineering
//	rolemodel path -onet db_29_3_text "Computer Systems Analysts" "Computer and Information Systems Managers"
//	rolemodel export -format graphml -onet db_29_3_text -o onet.graphml
package main
