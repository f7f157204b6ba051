// Command fuzzseeds writes the seed corpus of every fuzz target of the
// module into its package's testdata/fuzz folder: the valid forms of each
// input and the known tricky ones, named seed-*. Plain `go test` runs them
// as tests; `go test -fuzz` starts from them. Run it from the repository
// root after changing the lists below:
//
//	go run ./internal/fuzzseeds
//
// It replaces the seed-* files it wrote before and leaves every other
// file alone: seeds written by hand are named hand-*, and inputs the
// fuzzer finds failing are written beside them by go test itself and
// committed with their fix.
package main

import (
	"archive/zip"
	"bytes"
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

// Excerpts of O*NET 29.3 for FuzzLoad's fifth argument (the rows of
// 11-3021.00, cut from the release's files; see onet/testdata/README.md for
// the licence), and the fourth argument that chooses each file (the index
// into onet/fuzz_test.go's fuzzFiles).
const (
	fTasks, fKnowledge, fTechnology, fEducation, fCategories, fInterests, fSkills = uint8(0), uint8(1), uint8(2), uint8(3), uint8(4), uint8(5), uint8(6)

	taskHead      = "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n"
	taskRows      = "11-3021.00\tComputer and Information Systems Managers\t968\tDirect daily operations of department, analyzing workflow, establishing priorities, developing standards and setting deadlines.\tCore\t76\t07/2016\tIncumbent\n"
	ratingHead    = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source\n"
	knowledgeRows = "11-3021.00\tComputer and Information Systems Managers\t2.C.1.a\tAdministration and Management\tIM\tImportance\t3.7\t26\t0.2466\t3.1876\t4.2032\tN\t\t07/2016\tIncumbent\n" +
		"11-3021.00\tComputer and Information Systems Managers\t2.C.1.a\tAdministration and Management\tLV\tLevel\t4.31\t26\t0.246\t3.808\t4.8212\tN\tN\t07/2016\tIncumbent\n" +
		"11-3021.00\tComputer and Information Systems Managers\t2.C.1.b\tAdministrative\tIM\tImportance\t2.48\t26\t0.1582\t2.1556\t2.8074\tN\t\t07/2016\tIncumbent\n" +
		"11-3021.00\tComputer and Information Systems Managers\t2.C.1.b\tAdministrative\tLV\tLevel\t3.69\t26\t0.2636\t3.1502\t4.2359\tN\tN\t07/2016\tIncumbent\n"
	techHead = "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
	techRows = "11-3021.00\tComputer and Information Systems Managers\tACT! Premium\t43232303\tCustomer relationship management CRM software\tN\tN\n" +
		"11-3021.00\tComputer and Information Systems Managers\tAdobe Distiller\t43232112\tDesktop publishing software\tN\tN\n"
	eteHead = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source\n"
	eteRows = "11-3021.00\tComputer and Information Systems Managers\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t1\t0\t26\t0\t\t\tN\t07/2016\tIncumbent\n" +
		"11-3021.00\tComputer and Information Systems Managers\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t2\t1.26\t26\t1.304\t0.1467\t9.9608\tN\t07/2016\tIncumbent\n" +
		"11-3021.00\tComputer and Information Systems Managers\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t4\t25.96\t26\t15.1556\t6.4646\t64.0123\tN\t07/2016\tIncumbent\n" +
		"11-3021.00\tComputer and Information Systems Managers\t3.A.1\tRelated Work Experience\tRW\tRelated Work Experience (Categories 1-11)\t1\t0\t26\t0\t\t\tN\t07/2016\tIncumbent\n"
	catHead = "Element ID\tElement Name\tScale ID\tScale Name\tCategory\tCategory Description\n"
	catRows = "2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t1\tLess than a High School Diploma\n" +
		"2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t3\tPost-Secondary Certificate - awarded for training completed after high school (for example, in agriculture or natural resources, computer services, personal or culinary services, engineering technologies, healthcare, construction trades, mechanic and repair technologies, or precision production)\n"
	intHead = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tDate\tDomain Source\n"
	intRows = "11-3021.00\tComputer and Information Systems Managers\t1.B.1.a\tRealistic\tOI\tOccupational Interests\t2.56\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.b\tInvestigative\tOI\tOccupational Interests\t4.42\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.c\tArtistic\tOI\tOccupational Interests\t1.5\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.d\tSocial\tOI\tOccupational Interests\t2.41\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.e\tEnterprising\tOI\tOccupational Interests\t5.09\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.f\tConventional\tOI\tOccupational Interests\t5.72\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.g\tFirst Interest High-Point\tIH\tOccupational Interest High-Point\t6\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.h\tSecond Interest High-Point\tIH\tOccupational Interest High-Point\t5\t11/2023\tMachine Learning\n" +
		"11-3021.00\tComputer and Information Systems Managers\t1.B.1.i\tThird Interest High-Point\tIH\tOccupational Interest High-Point\t2\t11/2023\tMachine Learning\n"
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
		s("long-url", []byte(`{"sources":[{"id":"s","title":"S","url":"https://example.org/`+strings.Repeat("a", 2100)+`"}],"roles":[{"id":"a","title":"A","sources":["s"]}]}`)),
		s("long-esco-uri", []byte(`{"roles":[{"id":"a","title":"A","codes":{"esco":"http://data.europa.eu/esco/occupation/`+strings.Repeat("a", 2100)+`"}}]}`)),
		s("invisible-title", []byte(`{"roles":[{"id":"a","title":"\u200b\ufeff"},{"id":"b","title":"\u115f"},{"id":"c","title":"C","aliases":["\u180e"]}]}`)),
		s("blank-optional-name", []byte(`{"sources":[{"id":"s","title":"S","publisher":" \u200b"}],"roles":[{"id":"a","title":"A","sources":["s"]}]}`)),
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

// longEcho is input an error must quote cut and escaped (issue 14's second
// round): 1,200 ESC characters, which quoted whole would be 4,800 bytes,
// and a line break before a forged log line.
var longEcho = strings.Repeat("\x1b", 1200) + "\nINFO forged"

func text(pairs ...string) []seed {
	var out []seed
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, s(pairs[i], pairs[i+1]))
	}
	return out
}

// jsonSeeds are inputs for decode's FuzzJSON, which checks the JSON
// scanner against encoding/json: the grammar's corners, escapes,
// surrogates, numbers, literals, syntax errors at each place, duplicate
// keys.
func jsonSeeds() []seed {
	var out []seed
	for i, in := range []string{
		minimalJSON, `{}`, `[]`, " \t\r\n[1,2]\n", `{"a":1,"a":2}`, `{"a":"\u0061","\u0061":1}`,
		`["\ud83d\ude00", "\ud83d", "\ude00\ud83d", "\u00e9\n\t\"\\\/\b\f\r"]`,
		`[0, -0, 1.5, -1.5e10, 1E+2, 1e-2, 0.0e0]`, `[01]`, `[1.]`, `[.5]`, `[-]`, `[1e]`, `[1e+]`, `[+1]`, `[0x10]`,
		`[true, false, null]`, `[tru]`, `[nul]`, `[True]`, `{"a" 1}`, `{"a":1,}`, `[1,]`, `[1 2]`, "[\"a\tb\"]", `["\x"]`, `["\u12"]`,
		`{"a":{"b":[{"c":null}]}}`, `{} x`, `[`, `{"a":`, `"`, "\ufeff{}", `{"k":"` + strings.Repeat("é", 40) + `"}`,
		`{"` + strings.Repeat("k", 20) + `":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17,"b":18}`,
	} {
		out = append(out, s(fmt.Sprintf("json%02d", i), []byte(in)))
	}
	return out
}

// ruleSeeds are inputs for valid's FuzzRules, which builds catalogs from
// its bytes (each one a choice) and checks the rules against
// go-playground/validator.
func ruleSeeds() []seed {
	ramp := make([]byte, 256)
	for i := range ramp {
		ramp[i] = byte(i)
	}
	return []seed{
		s("empty", []byte{}),
		s("ramp", ramp),
		s("ones", []byte(strings.Repeat("\x01", 200))),
		s("high", []byte(strings.Repeat("\xff\x7f\x03", 100))),
		s("alternating", []byte(strings.Repeat("\x00\x02\x05\x0b", 80))),
	}
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
	const weighted, maxMoves, onlyKinds, avoid, huge, byIndex, byRole = 1, 2, 4, 8, 16, 32, 64
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
		// By Index (three places on in the table from the Years index: 0
		// gives MaxFloat64, 1 gives MaxFloat64/2): x→c→m overflows, and
		// when the search stops c is on the backward frontier while its
		// forward label is not final, so only looking through the moves
		// into c finds the path (and reports the overflow, not "no path").
		pathSeed("overflow-frontier", 8, weighted|huge|byIndex, 0, 0, 0, 2, 0, 1,
			[4]int{0, 1, 0, 0}, [4]int{0, 2, 0, 0}, [4]int{2, 5, 0, 0}, [4]int{2, 1, 0, 1}, [4]int{5, 0, 0, 0}),
		// Weights by the role moved into (WeightByRole), on the complete
		// graph, plainly and with every restriction, and where they overflow.
		pathSeed("complete-by-role", 5, weighted|byRole, 0, 0, 0, 0, 4, 12, complete...),
		pathSeed("complete-by-role-kinds-avoid", 5, weighted|byRole|maxMoves|onlyKinds|avoid, 3, 0b1100, 2, 0, 4, 12, complete...),
		pathSeed("overflow-by-role", 8, weighted|huge|byRole, 0, 0, 0, 2, 0, 6, complete...),
		pathSeed("zero-weight-cycle", 4, weighted|maxMoves, 3, 0, 0, 0, 3, 6,
			[4]int{0, 1, 1, 0}, [4]int{1, 0, 1, 0}, [4]int{1, 2, 1, 0}, [4]int{2, 1, 1, 0}, [4]int{2, 3, 1, 7}, [4]int{0, 3, 1, 9}),
	}
}

func targets() []target {
	esco := func(f string) []byte { return read("esco/testdata/v1.1/" + f) }
	esco10 := func(f string) []byte { return read("esco/testdata/v1.0/" + f) }
	esco111 := func(f string) []byte { return read("esco/testdata/v1.1.1/" + f) }
	occCSV := esco("occupations_en.csv")
	return []target{
		{".", "FuzzLoad", catalogs()},
		{"internal/decode", "FuzzParse", catalogs()},
		{"internal/decode", "FuzzJSON", jsonSeeds()},
		{"internal/names", "FuzzFold", text("spaces", "IT  Director", "trim", " it director ", "tab", "Über\tDirector", "nbsp", "A\u00a0B", "controls", "\v\f\r\n", "empty", "", "invalid", "\xff\xfe", "mixed-case-unicode", "ÉCOLE Directeur")},
		{"internal/valid", "FuzzRules", ruleSeeds()},
		{"internal/valid", "FuzzIsONetSOC", text("valid", "11-3021.00", "hyphen", "11-3021-00", "short", "1-3021.00", "letter", "11-3021.0a", "long", "11-3021.000", "arabic-digits", "١١-3021.00", "empty", "")},
		{"role", "FuzzParseYears", text("range", "10-15", "open", "10-15+", "at-least", "5+", "single", "3", "reversed", "15-10", "overflow", "99999999999999999999+", "spaces", " 5 - 10 ", "negative", "-5", "empty", "", "long-escapes", longEcho)},
		{"role", "FuzzUnmarshalText", texts(5, "", "10-15+", "5+", "executive", "lead", "management", "individual-contributor", "bachelor", "high-school", "primary", "secondary", "15-10", "Lead", " lead", longEcho)},
		{"skill", "FuzzUnmarshalText", texts(3, "", "awareness", "working", "practitioner", "advanced", "expert", "3", "0", "6", "hard", "soft", "certification", "programme", "Expert", longEcho)},
		{"career", "FuzzUnmarshalText", texts(1, "", "entry", "advancement", "lateral", "Entry", "sideways", "lateral ", longEcho)},
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
			s("release", occ, matrix, alt, uint8(0), ""),
			s("crlf-bom", "\ufeff"+strings.ReplaceAll(occ, "\n", "\r\n"), strings.ReplaceAll(matrix, "\n", "\r\n"), "", uint8(0), ""),
			s("mixed-endings", strings.Replace(occ, "\n", "\r\n", 1), matrix, alt, uint8(0), ""),
			s("title-column", "O*NET-SOC Code\tTitle\tDescription\n11-1011.00\tChief Executives\tLead.\n", "O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex\n11-1011.00\tChief Executives\t11-1011.00\tChief Executives\tPrimary-Short\t1\n", "", uint8(0), ""),
			s("truncated", occ+"15-1131.00\tProgrammers", matrix, alt, uint8(0), ""),
			s("missing-column", "O*NET-SOC Code\tDescription\n", "", "", uint8(0), ""),
			s("unknown-code", occ, "O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n15-1121.00\t99-9999.00\t1\n", "", uint8(0), ""),
			s("duplicate-row", occ, matrix+"15-1121.00\t11-3021.00\t1\n", "", uint8(0), ""),
			s("invalid-utf8", occ+"15-1131.00\tPro\xffgrammers\tx\n", "", "", uint8(0), ""),
			s("nul", occ+"15-1131.00\tPro\x00\tx\n", "", "", uint8(0), ""),
			s("short-title-na", occ, "", "O*NET-SOC Code\tAlternate Title\tShort Title\n15-1121.00\tSystems Analyst\tn/a\n15-1121.00\tcomputer systems analysts\tn/a\n", uint8(0), ""),
			s("header-only", "O*NET-SOC Code\tTitle\tDescription\n", "", "", uint8(0), ""),
			s("wide-row", occ+strings.Repeat("\t", 5000)+"\n", "", "", uint8(0), ""),
			s("c1-title", occ+"15-1131.00\tPro\u009bgrammers\tx\n", "", "", uint8(0), ""),
			s("bidi-alias", occ, "", "O*NET-SOC Code\tAlternate Title\n15-1121.00\tAnalyst\u202e\n", uint8(0), ""),
			s("white-space-alias", occ, "", "O*NET-SOC Code\tAlternate Title\n15-1121.00\t\u3000\n", uint8(0), ""),
			s("long-description", occ+"15-1131.00\tProgrammers\t"+strings.Repeat("d", 9000)+"\n", "", "", uint8(0), ""),
			s("long-code", occ+strings.Repeat("1", 70000)+"\tT\tD\n", "", "", uint8(0), ""),
			// The files the fourth argument chooses among (onet/fuzz_test.go's
			// fuzzFiles): rows of O*NET 29.3 for 11-3021.00, and damaged copies.
			s("tasks", occ, "", "", fTasks, taskHead+taskRows),
			s("tasks-untyped", occ, "", "", fTasks, taskHead+"11-3021.00\tx\t968\tDirect daily operations.\t\t\t07/2016\tAnalyst\n"),
			s("tasks-duplicate-id", occ, "", "", fTasks, taskHead+taskRows+taskRows),
			s("tasks-unknown-type", occ, "", "", fTasks, taskHead+"11-3021.00\tx\t968\tDirect.\tCentral\t76\t07/2016\tIncumbent\n"),
			s("tasks-truncated", occ, "", "", fTasks, taskHead+"11-3021.00\tx\t968\tDirect daily"),
			s("tasks-missing-column", occ, "", "", fTasks, "O*NET-SOC Code\tTask ID\n11-3021.00\t968\n"),
			s("knowledge", occ, "", "", fKnowledge, ratingHead+knowledgeRows),
			s("knowledge-unknown-scale", occ, "", "", fKnowledge, ratingHead+strings.Replace(knowledgeRows, "\tLV\t", "\tXX\t", 1)),
			s("knowledge-one-scale", occ, "", "", fKnowledge, ratingHead+strings.SplitAfter(knowledgeRows, "\n")[0]),
			s("knowledge-truncated", occ, "", "", fKnowledge, ratingHead+"11-3021.00\tx\t2.C.1.a\tAdministration and Management\tIM"),
			s("knowledge-name-changes", occ, "", "", fKnowledge, ratingHead+strings.Replace(knowledgeRows, "Administrative", "Administration and Management", 1)),
			s("skills-and-knowledge-one-name", occ, "", "", fSkills, ratingHead+strings.ReplaceAll(knowledgeRows, "2.C.1", "2.A.1")),
			s("technology", occ, "", "", fTechnology, techHead+techRows),
			s("technology-bad-flag", occ, "", "", fTechnology, techHead+"11-3021.00\tx\tACT! Premium\t43232303\tCRM software\tyes\tN\n"),
			s("technology-duplicate", occ, "", "", fTechnology, techHead+techRows+techRows),
			s("technology-no-flags", occ, "", "", fTechnology, "O*NET-SOC Code\tExample\n11-3021.00\tKubernetes\n"),
			s("technology-truncated", occ, "", "", fTechnology, techHead+"11-3021.00\tx\tACT! Premium"),
			s("technology-category-bidi", occ, "", "", fTechnology, techHead+"11-3021.00\tx\tJira\t43232701\tX\u202eY\tN\tN\n"),
			s("technology-category-blank", occ, "", "", fTechnology, techHead+"11-3021.00\tx\tJira\t43232701\t\u3000\tN\tN\n"),
			s("technology-category-invisible", occ, "", "", fTechnology, techHead+"11-3021.00\tx\tJira\t43232701\t\u200b\ufeff\tN\tN\n"),
			s("education", occ, "", "", fEducation, eteHead+eteRows),
			s("education-unknown-scale", occ, "", "", fEducation, eteHead+strings.Replace(eteRows, "\tRL\t", "\tRX\t", 1)),
			s("education-duplicate", occ, "", "", fEducation, eteHead+eteRows+eteRows),
			s("education-out-of-range", occ, "", "", fEducation, eteHead+strings.Replace(eteRows, "\t25.96\t", "\t125.96\t", 1)),
			s("education-truncated", occ, "", "", fEducation, eteHead+"11-3021.00\tx\t2.D.1\tRequired Level of Education\tRL"),
			s("categories", occ, "", "", fCategories, catHead+catRows),
			s("categories-duplicate", occ, "", "", fCategories, catHead+catRows+catRows),
			s("categories-no-description", occ, "", "", fCategories, catHead+"2.D.1\tRequired Level of Education\tRL\tx\t6\t\n"),
			s("interests", occ, "", "", fInterests, intHead+intRows),
			s("interests-missing-score", occ, "", "", fInterests, intHead+strings.SplitAfterN(intRows, "\n", 2)[1]),
			s("interests-repeated-high-point", occ, "", "", fInterests, intHead+strings.Replace(intRows, "\tIH\tOccupational Interest High-Point\t5\t", "\tIH\tOccupational Interest High-Point\t6\t", 1)),
			s("interests-unknown-scale", occ, "", "", fInterests, intHead+strings.Replace(intRows, "\tOI\t", "\tXI\t", 1)),
			s("interests-out-of-range", occ, "", "", fInterests, intHead+strings.Replace(intRows, "\t2.56\t", "\t9\t", 1)),
		}},
		{"esco", "FuzzReadOccupations", []seed{
			s("fixture-v1.1", occCSV),
			s("fixture-v1.1.1", esco111("occupations_en.csv")),
			s("code-and-status", []byte("conceptUri,iscoGroup,preferredLabel,status,code\nhttp://data.europa.eu/esco/occupation/x,2512,x,draft,2512.4\nhttp://data.europa.eu/esco/occupation/y,2512,y,released,2511.4\nhttp://data.europa.eu/esco/occupation/z,2512,z,released,2512-4\n")),
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
			s("fixture-v1.1.1", esco111("skills_en.csv"), esco111("occupationSkillRelations.csv")),
			s("skill-without-type", []byte("conceptType,conceptUri,skillType,reuseLevel,preferredLabel\nKnowledgeSkillCompetence,http://data.europa.eu/esco/skill/a,,,digital data processing\n"), []byte("occupationUri,relationType,skillType,skillUri\nhttp://data.europa.eu/esco/occupation/bb-2,essential,,http://data.europa.eu/esco/skill/a\n")),
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
		{"esco", "FuzzReadCrosswalk", []seed{
			s("fixture", read("esco/testdata/nesta/esco_onet_crosswalk_Nov2020.csv")),
			s("several-codes", []byte(xwHead+xwChef+strings.Replace(xwChef, "35-1011.00,chefs and head cooks,\"['chef', 'chef de cuisine']\",0.8025277793407439,2.0", "35-2012.00,cooks,[],0.9,1.0", 1))),
			s("twice", []byte(xwHead+xwChef+xwChef)),
			s("bad-code", []byte(xwHead+strings.Replace(xwChef, "35-1011.00", "35-1011", 1))),
			s("similarity-nan", []byte(xwHead+strings.Replace(xwChef, "0.8025277793407439", "NaN", 1))),
			s("control-in-title", []byte(xwHead+strings.Replace(xwChef, "chefs and head cooks", "chefs\x1b[31m", 1))),
			s("long-title", []byte(xwHead+strings.Replace(xwChef, "chefs and head cooks", strings.Repeat("t", 300), 1))),
			s("unknown-occupation", []byte(xwHead+strings.Replace(xwChef, "1009be17", "00000000", 1))),
			s("minimal", []byte("concept_uri,onet_code\nhttp://data.europa.eu/esco/occupation/aa-1,15-1121.00\n")),
			s("missing-column", []byte("concept_uri,code\n")),
			s("bom-crlf", []byte("\ufeff"+strings.ReplaceAll(xwHead+xwChef, "\n", "\r\n"))),
		}},
		{"esco", "FuzzReadSkillRelations", []seed{
			s("fixture", esco111("skillSkillRelations.csv")),
			s("self", []byte(ssHead+"http://data.europa.eu/esco/skill/a,knowledge,optional,knowledge,http://data.europa.eu/esco/skill/a\n")),
			s("twice", []byte(ssHead+ssRow+ssRow)),
			s("bad-type", []byte(ssHead+strings.Replace(ssRow, "essential", "required", 1))),
			s("labelled", []byte("originalSkillUri,originalSkillLabel,relationType,relatedSkillUri,relatedSkillLabel\nhttp://data.europa.eu/esco/skill/a,A,essential,http://data.europa.eu/esco/skill/b,B\n")),
			s("short-row", []byte(ssHead+"http://data.europa.eu/esco/skill/a,knowledge\n")),
			s("bad-uri", []byte(ssHead+"skill/a,knowledge,essential,knowledge,http://data.europa.eu/esco/skill/b\n")),
		}},
		{"esco", "FuzzOpenZips", []seed{
			s("fixture", zipOf("", esco111, "occupations_en.csv", "skills_en.csv", "occupationSkillRelations.csv", "ISCOGroups_en.csv", "broaderRelationsOccPillar.csv")),
			s("in-a-folder", zipOf("ESCO dataset - v1.1.1 - classification - en - csv", esco111, "occupations_en.csv", "skills_en.csv")),
			s("truncated", zipOf("", esco111, "occupations_en.csv")[:300]),
			s("empty-zip", zipOf("", esco111)),
			s("not-a-zip", []byte("conceptUri,preferredLabel\n")),
		}},
		{"progression", "FuzzReadFT", progressionFT()},
		{"progression", "FuzzReadMonzo", progressionMonzo()},
		{"progression", "FuzzFTProficiency", text("awareness", "Awareness", "working-knowledge", "Working knowledge", "lower", "working knowledge", "spaces", " Expert ", "unknown", "Guru", "level-word", "Working", "empty", "", "long-escapes", longEcho)},
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
// Rows of Nesta's crosswalk and of ESCO's skill-skill relations, for the
// seeds that break one thing.
const (
	xwHead = "id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,semantic_similarity,confidence,concept_uri\n"
	xwChef = "201,chef,3434,35-1011.00,chefs and head cooks,\"['chef', 'chef de cuisine']\",0.8025277793407439,2.0,http://data.europa.eu/esco/occupation/1009be17-7efd-45f1-a033-566bf179c588\n"
	ssHead = "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n"
	ssRow  = "http://data.europa.eu/esco/skill/a,knowledge,essential,knowledge,http://data.europa.eu/esco/skill/b\n"
)

// zipOf returns a zip archive of the named files, read by read, in the
// folder dir (at the top when dir is empty).
func zipOf(dir string, read func(string) []byte, names ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range names {
		f, err := w.Create(strings.TrimPrefix(dir+"/"+name, "/"))
		if err != nil {
			log.Fatal(err)
		}
		if _, err := f.Write(read(name)); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	return b.Bytes()
}

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
