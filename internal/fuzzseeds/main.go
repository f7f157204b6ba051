// Command fuzzseeds writes the seed corpus of every fuzz target of the
// module into its package's testdata/fuzz folder: the valid forms of each
// input and the known tricky ones, named seed-*. Plain `go test` runs them
// as tests; `go test -fuzz` starts from them. Run it from the repository
// root after changing the lists below:
//
//	go run ./internal/fuzzseeds
//
// Inputs the fuzzer finds failing are written beside them by go test
// itself, and are committed with their fix.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

// A seed is one corpus entry: its name and its arguments, which must match
// the types of the target's fuzz function.
type seed struct {
	name string
	args []any
}

type target struct {
	dir   string // package folder
	name  string // FuzzX
	seeds []seed
}

func s(name string, args ...any) seed { return seed{name, args} }

func read(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return b
}

const (
	minimalYAML = "sources:\n  - id: s\n    title: S\nroles:\n  - id: a\n    title: A\n    sources: [s]\n"
	minimalJSON = `{"sources":[{"id":"s","title":"S"}],"roles":[{"id":"a","title":"A","sources":["s"]}]}`
	occ         = "O*NET-SOC Code\tTitle\tDescription\n15-1121.00\tComputer Systems Analysts\tAnalyze.\n11-3021.00\tComputer and Information Systems Managers\tPlan.\n"
	matrix      = "O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n15-1121.00\t11-3021.00\t1\n"
	alt         = "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n11-3021.00\tInformation Technology Director (IT Director)\tIT Director\t02\n"
)

// catalogs are inputs for the catalog readers (root FuzzLoad, decode's
// FuzzParse).
func catalogs() []seed {
	deep := func(n int) string { return `{"roles":` + strings.Repeat("[", n) + strings.Repeat("]", n) + "}" }
	return []seed{
		s("example", read("testdata/example.yaml")),
		s("minimal-yaml", []byte(minimalYAML)),
		s("minimal-json", []byte(minimalJSON)),
		s("crlf", []byte(strings.ReplaceAll(minimalYAML, "\n", "\r\n"))),
		s("bom", []byte("\ufeff"+minimalYAML)),
		s("empty", []byte("")),
		s("null", []byte("null")),
		s("list-not-map", []byte("[]")),
		s("two-documents", []byte(minimalYAML+"---\n"+minimalYAML)),
		s("duplicate-key", []byte(minimalYAML+"    title: B\n")),
		s("duplicate-key-json", []byte(`{"roles":[{"id":"a","id":"b","title":"A"}]}`)),
		s("unknown-field", []byte("roles:\n  - id: a\n    title: A\n    salaris: []\n")),
		s("wrong-type", []byte("roles:\n  - id: a\n    title: [A]\n")),
		s("alias", []byte("x: &x [1, 2]\ny: [*x, *x]\n")),
		s("alias-loop", []byte("a: &a [*a]\n")),
		s("deep-json", []byte(deep(70))),
		s("deep-yaml", []byte("roles: "+strings.Repeat("[", 70)+strings.Repeat("]", 70)+"\n")),
		s("nul", []byte("roles:\n  - id: a\x00\n")),
		s("escaped-nul", []byte(`{"roles":[{"id":"a","title":"A\u0000"}]}`)),
		s("invalid-utf8", []byte("roles:\n  - id: a\n    title: \xff\n")),
		s("int-overflow", []byte("roles:\n  - id: a\n    title: A\n    outlook:\n      - region: US\n        employment: 99999999999999999999\n")),
		s("float-overflow", []byte(`{"roles":[{"id":"a","title":"A","outlook":[{"region":"US","growth_percent":1e400}]}]}`)),
		s("unterminated-string", []byte(`"`)),
		s("self-move", []byte("roles:\n  - id: a\n    title: A\n    advancement_to: [{role: a}]\n")),
		s("cycle", []byte("roles:\n  - id: a\n    title: A\n    advancement_to: [{role: b}]\n  - id: b\n    title: B\n    advancement_to: [{role: a}]\n")),
		s("bad-salary", []byte("roles:\n  - {id: a, title: A, salaries: [{statistic: range, currency: USD, min: 2, max: 1, period: annual}]}\n")),
		// Issue 14: error text bounded and on one line, names without
		// control or bidirectional characters, white-space names missing.
		s("newline-key", []byte(`{"roles":[{"id":"a","title":"A","x\nINFO forged":1}]}`)),
		s("escape-key", []byte(`{"roles":[{"id":"a","title":"A","\u001b[31m\u202e\u0085":1}]}`)),
		s("nel-title", []byte(`{"roles":[{"id":"a","title":"\u0085"}]}`)),
		s("csi-title", []byte(`{"roles":[{"id":"a","title":"\u009b31m"}]}`)),
		s("rlo-title", []byte("roles:\n  - id: a\n    title: \"a\\u202eb\"\n")),
		s("line-separator-title", []byte(`{"roles":[{"id":"a","title":"a\u2028b"}]}`)),
		s("space-title", []byte("roles:\n  - id: a\n    title: \" \"\n")),
		s("tab-alias", []byte(`{"roles":[{"id":"a","title":"A","aliases":["\t"]}]}`)),
		s("nfc-duplicate", []byte(`{"roles":[{"id":"a","title":"é"},{"id":"b","title":"e\u0301"}]}`)),
		s("mojibake-description", []byte(`{"roles":[{"id":"a","title":"A","descriptions":[{"text":"Sales \u0080 1,000\u0099 \u2028 line"}]}]}`)),
		s("unclosed-override", []byte(`{"roles":[{"id":"a","title":"A","descriptions":[{"text":"a \u202eb"}]}]}`)),
		s("unknown-alias", []byte("roles:\n  - *"+strings.Repeat("q", 2000)+"\n")),
		s("long-tag", []byte("roles:\n  - !"+strings.Repeat("q", 2000)+" x\n")),
		s("many-bad-roles", []byte("roles:\n"+strings.Repeat("  - {id: a, level: nowhere}\n", 150))),
	}
}

func text(pairs ...string) []seed {
	var out []seed
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, s(pairs[i], pairs[i+1]))
	}
	return out
}

// texts gives (which, text) seeds: every text for each of n value types.
func texts(n int, values ...string) []seed {
	var out []seed
	for which := range n {
		for i, v := range values {
			out = append(out, s(fmt.Sprintf("type%d-%02d", which, i), uint8(which), v))
		}
	}
	return out
}

var money = []string{"$150,000 - $250,000+", "$118,942", "just above U.S. $142,500", "$180,000-$275,000+", "USD 150,000.00", "$95/hour", "€4,000 per month", "£40k–£60k", "", "$", "$-5", "$1e5", "$922,337,203,685,477.58", "$150,000 - $100,000", "USD 1.005", "JPY 1.5", "BHD 1.2345", "usd 1"}

// pathSeed encodes a graph and a query for career's FuzzPathOrder (see its
// doc comment): roles are numbered in the target's order ("m", "b", "x",
// "a", "q", "c", "z", "k"), an edge is {from, to, kind 0-2, weight index}.
func pathSeed(name string, roles, flags, maxMoves, kinds, avoid, from, to, k int, edges ...[4]int) seed {
	query := []byte{byte(roles - 2), byte(flags), byte(maxMoves), byte(kinds), byte(avoid), byte(from), byte(to), byte(k - 1)}
	var es []byte
	for _, e := range edges {
		es = append(es, byte(e[0]), byte(e[1]), byte(e[2]), byte(e[3]))
	}
	return s(name, query, es)
}

// pathOrderSeeds are small graphs with the ties the order must settle.
// Weight indices into weightTable: 0 is 0, 1 is 0.1, 4 is 0.4, 6 is 0.8,
// 7 is 1; into hugeTable, 3 is MaxFloat64.
func pathOrderSeeds() []seed {
	const weighted, maxMoves, onlyKinds, avoid, huge = 1, 2, 4, 8, 16
	var complete [][4]int
	for i := range 5 {
		for j := range 5 {
			if i != j {
				complete = append(complete, [4]int{i, j, (i + j) % 3, (i*j + 1) % 10})
			}
		}
	}
	return []seed{
		// 0.4+0.8+0.1 against 0.1+0.8+0.4: one exact cost, IDs decide.
		pathSeed("summation-order", 6, weighted, 0, 0, 0, 0, 3, 4,
			[4]int{0, 1, 1, 4}, [4]int{1, 2, 1, 6}, [4]int{2, 3, 1, 1},
			[4]int{0, 4, 1, 1}, [4]int{4, 5, 1, 6}, [4]int{5, 3, 1, 4}),
		// Equal cost, fewer moves first; with MaxMoves too.
		pathSeed("fewer-moves", 6, weighted|maxMoves, 4, 0, 0, 0, 5, 3,
			[4]int{0, 1, 1, 7}, [4]int{1, 2, 1, 7}, [4]int{2, 3, 1, 7}, [4]int{3, 5, 1, 7},
			[4]int{0, 4, 1, 9}, [4]int{4, 3, 1, 0}),
		// One move stated as three kinds, and a two-way move.
		pathSeed("parallel-kinds", 3, 0, 0, 0, 0, 0, 2, 5,
			[4]int{0, 1, 0, 1}, [4]int{0, 1, 1, 2}, [4]int{0, 1, 2, 3}, [4]int{1, 0, 2, 1}, [4]int{1, 2, 1, 1}, [4]int{0, 2, 0, 9}),
		pathSeed("complete-weighted", 5, weighted, 0, 0, 0, 0, 4, 12, complete...),
		pathSeed("complete-kinds-avoid", 5, weighted|maxMoves|onlyKinds|avoid, 3, 0b1100, 2, 0, 4, 12, complete...),
		// Two moves of MaxFloat64 overflow; a dearer-looking detour does not.
		pathSeed("overflow", 4, weighted|huge, 0, 0, 0, 0, 2, 3,
			[4]int{0, 1, 1, 3}, [4]int{1, 2, 1, 3}, [4]int{0, 3, 1, 2}, [4]int{3, 2, 1, 3}),
		pathSeed("zero-weight-cycle", 4, weighted|maxMoves, 3, 0, 0, 0, 3, 6,
			[4]int{0, 1, 1, 0}, [4]int{1, 0, 1, 0}, [4]int{1, 2, 1, 0}, [4]int{2, 1, 1, 0}, [4]int{2, 3, 1, 7}, [4]int{0, 3, 1, 9}),
	}
}

func targets() []target {
	esco := func(f string) []byte { return read("esco/testdata/v1.1/" + f) }
	esco10 := func(f string) []byte { return read("esco/testdata/v1.0/" + f) }
	occCSV := esco("occupations_en.csv")
	return []target{
		{".", "FuzzLoad", catalogs()},
		{"internal/decode", "FuzzParse", catalogs()},
		{"internal/names", "FuzzFold", text("spaces", "IT  Director", "trim", " it director ", "tab", "Über\tDirector", "nbsp", "A\u00a0B", "controls", "\v\f\r\n", "empty", "", "invalid", "\xff\xfe", "mixed-case-unicode", "ÉCOLE Directeur")},
		{"internal/valid", "FuzzIsONetSOC", text("valid", "11-3021.00", "hyphen", "11-3021-00", "short", "1-3021.00", "letter", "11-3021.0a", "long", "11-3021.000", "arabic-digits", "١١-3021.00", "empty", "")},
		{"role", "FuzzParseYears", text("range", "10-15", "open", "10-15+", "at-least", "5+", "single", "3", "reversed", "15-10", "overflow", "99999999999999999999+", "spaces", " 5 - 10 ", "negative", "-5", "empty", "")},
		{"role", "FuzzUnmarshalText", texts(5, "", "10-15+", "5+", "executive", "lead", "management", "individual-contributor", "bachelor", "high-school", "primary", "secondary", "15-10", "Lead", " lead")},
		{"skill", "FuzzUnmarshalText", texts(3, "", "awareness", "working", "practitioner", "advanced", "expert", "3", "0", "6", "hard", "soft", "certification", "programme", "Expert")},
		{"career", "FuzzUnmarshalText", texts(1, "", "entry", "advancement", "lateral", "Entry", "sideways", "lateral ")},
		{"career", "FuzzPathOrder", pathOrderSeeds()},
		{"salary", "FuzzUnmarshalText", texts(7, append(money, "USD", "XXX", "annual", "hourly", "median", "p90", "150000", "68.50", "922337203685477.5807", "-1")...)},
		{"salary", "FuzzParse", text(append([]string{}, func() []string {
			var out []string
			for i, m := range money {
				out = append(out, fmt.Sprintf("form%02d", i), m)
			}
			return out
		}()...)...)},
		{"salary", "FuzzParseMoney", text("usd", "USD 150,000.00", "jpy", "JPY 100", "bhd", "BHD 1.234", "negative", "USD -5.00", "too-precise", "USD 1.001", "overflow", "USD 92,233,720,368,547,758.08", "lower", "usd 1", "empty", "")},
		{"salary", "FuzzParseBand", text("band", "$80,000 - $120,000, midpoint $100,000", "short", "$80k–$120k, Midpoint $100k", "bhd", "BHD 1.500 - BHD 2.500, midpoint BHD 2", "string-form", "USD 80,000.00 - USD 120,000.00, midpoint USD 100,000.00",
			"midpoint-outside", "$1 - $2, midpoint $3", "zero-min", "$0 - $1, midpoint $1", "reversed", "$120,000 - $80,000, midpoint $100,000", "mixed-currencies", "$1 - €2, midpoint $1", "no-midpoint", "$80,000 - $120,000", "empty", "")},
		{"salary", "FuzzParseAmount", text("whole", "150000", "decimal", "68.50", "max", "922337203685477.5807", "over", "922337203685477.5808", "exponent", "1e5", "sign", "-1", "separators", "150,000", "empty", "")},
		{"onet", "FuzzLoad", []seed{
			s("release", occ, matrix, alt),
			s("crlf-bom", "\ufeff"+strings.ReplaceAll(occ, "\n", "\r\n"), strings.ReplaceAll(matrix, "\n", "\r\n"), ""),
			s("mixed-endings", strings.Replace(occ, "\n", "\r\n", 1), matrix, alt),
			s("title-column", "O*NET-SOC Code\tTitle\tDescription\n11-1011.00\tChief Executives\tLead.\n", "O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex\n11-1011.00\tChief Executives\t11-1011.00\tChief Executives\tPrimary-Short\t1\n", ""),
			s("truncated", occ+"15-1131.00\tProgrammers", matrix, alt),
			s("missing-column", "O*NET-SOC Code\tDescription\n", "", ""),
			s("unknown-code", occ, "O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n15-1121.00\t99-9999.00\t1\n", ""),
			s("duplicate-row", occ, matrix+"15-1121.00\t11-3021.00\t1\n", ""),
			s("invalid-utf8", occ+"15-1131.00\tPro\xffgrammers\tx\n", "", ""),
			s("nul", occ+"15-1131.00\tPro\x00\tx\n", "", ""),
			s("short-title-na", occ, "", "O*NET-SOC Code\tAlternate Title\tShort Title\n15-1121.00\tSystems Analyst\tn/a\n15-1121.00\tcomputer systems analysts\tn/a\n"),
			s("header-only", "O*NET-SOC Code\tTitle\tDescription\n", "", ""),
			s("wide-row", occ+strings.Repeat("\t", 5000)+"\n", "", ""),
			s("c1-title", occ+"15-1131.00\tPro\u009bgrammers\tx\n", "", ""),
			s("bidi-alias", occ, "", "O*NET-SOC Code\tAlternate Title\n15-1121.00\tAnalyst\u202e\n"),
			s("white-space-alias", occ, "", "O*NET-SOC Code\tAlternate Title\n15-1121.00\t\u3000\n"),
			s("long-description", occ+"15-1131.00\tProgrammers\t"+strings.Repeat("d", 9000)+"\n", "", ""),
			s("long-code", occ+strings.Repeat("1", 70000)+"\tT\tD\n", "", ""),
		}},
		{"esco", "FuzzReadOccupations", []seed{
			s("fixture-v1.1", occCSV),
			s("fixture-v1.0", esco10("occupations_en.csv")),
			s("crlf", []byte(strings.ReplaceAll(string(occCSV), "\n", "\r\n"))),
			s("bom", append([]byte("\ufeff"), occCSV...)),
			s("bare-quote", []byte("conceptType,conceptUri,preferredLabel\nOccupation,http://data.europa.eu/esco/occupation/x,a \"b\" c\n")),
			s("unterminated-quote", []byte("conceptType,conceptUri,preferredLabel\nOccupation,http://data.europa.eu/esco/occupation/x,\"abc\n")),
			s("short-row", []byte("conceptType,conceptUri,preferredLabel\nOccupation,http://data.europa.eu/esco/occupation/x\n")),
			s("invalid-utf8", []byte("conceptType,conceptUri,preferredLabel\nOccupation,http://data.europa.eu/esco/occupation/x,\xff\n")),
			s("wide-row", []byte("conceptType,conceptUri,preferredLabel\n"+strings.Repeat(",", 5000)+"\n")),
			s("cr-in-label", []byte("conceptType,conceptUri,preferredLabel,altLabels\nOccupation,http://data.europa.eu/esco/occupation/x,x,\"a\rb\u0085c\u2028d\"\n")),
			s("bidi-label", []byte("conceptType,conceptUri,preferredLabel,altLabels\nOccupation,http://data.europa.eu/esco/occupation/x,x,\"a\u202e\"\n")),
			s("c1-description", []byte("conceptType,conceptUri,preferredLabel,description\nOccupation,http://data.europa.eu/esco/occupation/x,x,Sales \u0080 1\u0099\n")),
			s("long-uri", []byte("conceptType,conceptUri,preferredLabel\nOccupation,http://x/"+strings.Repeat("q", 70000)+",x\n")),
		}},
		{"esco", "FuzzReadSkillsAndRelations", []seed{
			s("fixture-v1.1", esco("skills_en.csv"), esco("occupationSkillRelations_en.csv")),
			s("fixture-v1.0", esco10("skills_en-us.csv"), esco10("occupationSkillRelations.csv")),
			s("unknown-skill", esco("skills_en.csv"), []byte("occupationUri,relationType,skillType,skillUri\nhttp://data.europa.eu/esco/occupation/x,essential,knowledge,http://data.europa.eu/esco/skill/none\n")),
			s("bom-crlf", append([]byte("\ufeff"), []byte(strings.ReplaceAll(string(esco("skills_en.csv")), "\n", "\r\n"))...), esco("occupationSkillRelations_en.csv")),
			s("nul", []byte("conceptType,conceptUri,skillType,reuseLevel,preferredLabel\nKnowledgeSkillCompetence,http://data.europa.eu/esco/skill/a,knowledge,,a\x00b\n"), []byte("")),
			s("invalid-utf8", []byte("conceptType,conceptUri,skillType,reuseLevel,preferredLabel\nKnowledgeSkillCompetence,http://data.europa.eu/esco/skill/a,knowledge,,\xff\n"), []byte("")),
			s("short-row", esco("skills_en.csv"), []byte("occupationUri,relationType,skillType,skillUri\nhttp://data.europa.eu/esco/occupation/x,essential\n")),
			s("bad-relation-type", esco("skills_en.csv"), []byte("occupationUri,relationType,skillType,skillUri\nhttp://data.europa.eu/esco/occupation/x,sometimes,knowledge,http://data.europa.eu/esco/skill/a\n")),
		}},
		{"internal/table", "FuzzQuoted", []seed{
			s("simple", []byte("a,b\n1,2\n"), false),
			s("quotes-and-lines", []byte("a,\"b\"\"c\"\r\n\"x\ny\",z"), false),
			s("unterminated", []byte("\"unterminated"), false),
			s("bare-quote", []byte("a\"b,c\n"), false),
			s("quote-then-text", []byte("\"a\"b\n"), false),
			s("empty-lines", []byte("\r\n\r\n"), false),
			s("cr-at-end", []byte("a,b\r"), false),
			s("two-crs", []byte("a,b\r\r\n"), false),
			s("empty-quoted", []byte("\"\"\n\"\",\"\"\n"), false),
			s("empty-fields", []byte("a,\n,b\n,\n"), false),
			s("quoted-crlf", []byte("\"a\r\nb\"\r\n"), false),
			s("quote-over-empty-lines", []byte("\"a\n\nb\""), false),
			s("tabs", []byte("a\tb\t\"c\td\"\n\"x\"\"y\"\t\n"), true),
			s("bom", []byte("\xef\xbb\xbfa,b\n"), false),
			s("wide", []byte("a,b\n"+strings.Repeat(",", 3000)+"\n1,2\n"), false),
		}},
		{"internal/problem", "FuzzText", []seed{
			s("plain", "plain", 10), s("newline", "x\nINFO forged", 100), s("escape", "\x1b[31m", 8), s("bidi", "evil\u202etxt", 9),
			s("invalid", "\xff\xfe", 8), s("multibyte-cut", "ééééé", 9), s("separators", strings.Repeat("\u2028", 50), 40), s("negative", "x", -5),
		}},
		{"esco", "FuzzReadHierarchy", []seed{
			s("fixture", esco("ISCOGroups_en.csv"), esco("broaderRelationsOccPillar.csv")),
			s("cycle", []byte("conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://data.europa.eu/esco/isco/C1,1,Managers\n"), []byte("conceptType,conceptUri,broaderType,broaderUri\nISCOGroup,http://data.europa.eu/esco/isco/C1,ISCOGroup,http://data.europa.eu/esco/isco/C1\n")),
			s("bom-crlf", append([]byte("\ufeff"), []byte(strings.ReplaceAll(string(esco("ISCOGroups_en.csv")), "\n", "\r\n"))...), esco("broaderRelationsOccPillar.csv")),
			s("nul", []byte("conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://data.europa.eu/esco/isco/C1,1,Man\x00agers\n"), []byte("")),
			s("invalid-utf8", []byte("conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://data.europa.eu/esco/isco/C1,1,\xff\n"), []byte("")),
			s("short-row", []byte("conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://data.europa.eu/esco/isco/C1\n"), []byte("")),
			s("bad-code", []byte("conceptType,conceptUri,code,preferredLabel\nISCOGroup,http://data.europa.eu/esco/isco/C1,12345,Managers\n"), []byte("")),
		}},
		{"progression", "FuzzReadFT", progressionFT()},
		{"progression", "FuzzReadMonzo", progressionMonzo()},
		{"progression", "FuzzFTProficiency", text("awareness", "Awareness", "working-knowledge", "Working knowledge", "lower", "working knowledge", "spaces", " Expert ", "unknown", "Guru", "level-word", "Working", "empty", "")},
	}
}

// progressionFT are inputs for ReadFT: the fixture cut from the FT's
// engineering.yml and broken or unusual copies of it.
func progressionFT() []seed {
	ft := string(read("progression/testdata/ft-engineering.yml"))
	cut := func(s string) string { return ft[:strings.Index(ft, s)] }
	return []seed{
		s("fixture", []byte(ft)),
		s("crlf-bom", []byte("\ufeff"+strings.ReplaceAll(ft, "\n", "\r\n"))),
		s("truncated", []byte(cut("    proficiency: Practitioner"))),
		s("unknown-word", []byte(strings.Replace(ft, "proficiency: Foundational", "proficiency: Guru", 1))),
		s("duplicate-id", []byte(strings.Replace(ft, "c4f221e2-b297-459d-a355-80d8f761d040", "06443002-cda1-4b6d-87f9-f71c71eca721", 1))),
		s("unknown-level", []byte(strings.Replace(ft, "level: senior-2-ic", "level: senior-3", 1))),
		s("tab", []byte(strings.Replace(ft, "  - id: senior-1", "  -\tid: senior-1", 1))),
		s("operations-style", []byte("name: Operations\nsummary: >\n  Ops.\nisLegacy: true\nlevels:\n  - id: engineer\n    name: Engineer\nthemes:\n  - id: technical\n    name: Technical\n"+
			"competencies:\n  - id: a\n    summary: Supports systems\n    examples:\n      - Follows processes\n    supportingUrls: []\n    level: engineer\n    theme: technical\n    proficiency: Working knowledge\n"+
			"  - id: b\n    summary: Solves problems\n    examples: []\n    supportingUrls:\n      - {label: Docs, url: \"https://example.com\"}\n    level: engineer\n    theme: technical\n    proficiency: Expert\n")),
		s("json", []byte(`{"name":"X","summary":"S","levels":[{"id":"a","name":"A (Individual Contributor)"},{"id":"b","name":"A (People Manager)"}],"themes":[{"id":"t","name":"T"}],"competencies":[{"id":"1","level":"a","theme":"t","summary":"s","proficiency":"Expert"}]}`)),
		s("invalid-utf8", []byte(strings.Replace(ft, "Team Work", "Team \xffWork", 1))),
		s("empty", []byte("")),
	}
}

// progressionMonzo are inputs for ReadMonzo (one file): the fixtures cut
// from Monzo's frameworks and broken copies of them.
func progressionMonzo() []seed {
	people := string(read("progression/testdata/monzo/people.md"))
	backend := string(read("progression/testdata/monzo/engineering/backend.md"))
	design := string(read("progression/testdata/monzo/design/product-design.md"))
	return []seed{
		s("people-tab", []byte(people)),
		s("backend", []byte(backend)),
		s("design-markdown", []byte(design)),
		s("crlf", []byte(strings.ReplaceAll(backend, "\n", "\r\n"))),
		s("truncated", []byte(people[:len(people)/2])),
		s("no-front-matter", []byte("# Progression\n")),
		s("levels-disagree", []byte(strings.Replace(backend, "levels: 3", "levels: 6", 1))),
		s("markdown-bad-heading", []byte(strings.Replace(design, "## Level 2", "## Level two", 1))),
		s("tab-indent", []byte(strings.Replace(people, "        criteria:", "\tcriteria:", 1))),
	}
}

// encode writes one corpus file in the format go test reads.
func encode(args []any) string {
	var b strings.Builder
	b.WriteString("go test fuzz v1\n")
	for _, a := range args {
		switch a := a.(type) {
		case []byte:
			fmt.Fprintf(&b, "[]byte(%q)\n", a)
		case string:
			fmt.Fprintf(&b, "string(%q)\n", a)
		case uint8:
			fmt.Fprintf(&b, "byte(%q)\n", a)
		case bool:
			fmt.Fprintf(&b, "bool(%v)\n", a)
		case int:
			fmt.Fprintf(&b, "int(%d)\n", a)
		default:
			log.Fatalf("no encoding for %T", a)
		}
	}
	return b.String()
}

func main() {
	n := 0
	for _, t := range targets() {
		dir := filepath.Join(t.dir, "testdata", "fuzz", t.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
		old, _ := filepath.Glob(filepath.Join(dir, "seed-*"))
		for _, f := range old {
			os.Remove(f)
		}
		for _, sd := range t.seeds {
			if err := os.WriteFile(filepath.Join(dir, "seed-"+sd.name), []byte(encode(sd.args)), 0o644); err != nil {
				log.Fatal(err)
			}
			n++
		}
	}
	fmt.Printf("wrote %d seeds\n", n)
}
