package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/skill"
)

// Paths from this folder to the repository's data.
var (
	ladderYAML = filepath.Join("..", "..", "testdata", "ladder.yaml")
	onet20     = filepath.Join("..", "..", "examples", "onetpaths", "testdata", "onet-20.3")
	profile    = filepath.Join("..", "..", "examples", "skillgap", "profile.yaml")
	ftFile     = filepath.Join("..", "..", "examples", "ladder", "ft-engineering.yml")
	ftProfile  = filepath.Join("testdata", "ft-profile.yaml")
	ddatDir    = filepath.Join("..", "..", "ddat", "testdata", "framework")
	escoFlawed = filepath.Join("..", "..", "esco", "testdata", "v1.1.1")
	blsWages   = filepath.Join("..", "..", "bls", "testdata", "national_M2024_dl.csv")
)

// session runs the command and returns what a terminal would show: the
// command line, standard output, standard error and the exit status.
func session(args ...string) (string, int) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	var b strings.Builder
	fmt.Fprintf(&b, "$ rolemodel %s\n%s", quoteArgs(args), stdout.String())
	if stderr.Len() > 0 {
		fmt.Fprintf(&b, "--- stderr\n%s", stderr.String())
	}
	fmt.Fprintf(&b, "--- exit %d\n", code)
	return b.String(), code
}

func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		if a == "" || strings.ContainsAny(a, " '\"$*") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		q[i] = a
	}
	return strings.Join(q, " ")
}

// TestGolden runs every subcommand on the embedded catalog, the ladder
// example and O*NET 20.3, and compares the sessions with
// testdata/NAME.golden (go test ./cmd/rolemodel -update rewrites them).
func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		code int
		args []string
	}{
		{"help", 0, []string{"help"}},
		{"help-path", 0, []string{"help", "path"}},
		{"help-catalogs", 0, []string{"help", "catalogs"}},
		{"validate-broken", 1, []string{"validate", "testdata/broken.yaml", ladderYAML}},
		{"validate-ok", 0, []string{"validate", ladderYAML}},
		{"validate-json", 1, []string{"validate", "-json", "testdata/broken.yaml"}},
		{"validate-onet-broken", 1, []string{"validate", "-onet", "testdata/onet-broken"}},
		{"validate-onet", 0, []string{"validate", "-onet", onet20, "-default"}},
		{"path", 0, []string{"path", "Senior IT Manager", "CTO"}},
		{"path-k", 0, []string{"path", "-k", "3", "it manager", "cio"}},
		{"path-json", 0, []string{"path", "senior-it-manager", "cto", "-json"}},
		{"path-no-lateral", 1, []string{"path", "-no-lateral", "Technology Director", "Enterprise Architect"}},
		{"path-onet", 0, []string{"path", "-onet", onet20, "-k", "2", "-weight", "index", "Computer Systems Analysts", "11-3021.00"}},
		{"path-onet-default", 0, []string{"path", "-onet", onet20, "-default", "-max-moves", "4", "Computer Systems Analysts", "cto"}},
		{"reach", 0, []string{"reach", "IT Manager", "-moves", "2"}},
		{"reach-json", 0, []string{"reach", "-json", "-moves", "1", "Technology Director"}},
		{"gap", 0, []string{"gap", "-profile", profile, "Technology Director"}},
		{"gap-json", 0, []string{"gap", "-json", "-profile", profile, "technology-director"}},
		{"gap-onet-no-requirements", 1, []string{"gap", "-onet", onet20, "-profile", profile, "11-3021.00"}},
		{"plan", 0, []string{"plan", "-profile", profile, "Senior IT Manager", "CTO"}},
		{"plan-ladder", 0, []string{"plan", "-catalog", ladderYAML, "-profile", profile, "Software Engineer II", "Director of Engineering"}},
		{"match", 0, []string{"match", "-profile", profile, "-n", "3"}},
		{"match-ladder-json", 0, []string{"match", "-catalog", ladderYAML, "-profile", profile, "-json"}},
		{"ladder-none", 0, []string{"ladder"}},
		{"ladder-list", 0, []string{"ladder", "-catalog", ladderYAML, "-ft", ftFile}},
		{"ladder", 0, []string{"ladder", "-catalog", ladderYAML, "software-engineering"}},
		{"ladder-ft", 0, []string{"ladder", "-ft", ftFile, "Engineering"}},
		{"ladder-ddat-json", 0, []string{"ladder", "-ddat", ddatDir, "-json", "ddat-software-developer"}},
		{"ladder-unknown", 1, []string{"ladder", "-catalog", ladderYAML, "sales"}},
		{"compare", 0, []string{"compare", "-catalog", ladderYAML, "Senior Software Engineer", "Engineering Manager"}},
		{"compare-json", 0, []string{"compare", "-json", "-catalog", ladderYAML, "staff-engineer", "principal-engineer"}},
		{"compare-ft", 0, []string{"compare", "-ft", ftFile, "Engineer", "Senior Engineer 1"}},
		{"compare-ddat", 0, []string{"compare", "-ddat", ddatDir, "Junior developer", "Developer"}},
		{"gap-ft", 0, []string{"gap", "-ft", ftFile, "-profile", ftProfile, "Senior Engineer 1"}},
		{"gap-ft-json", 0, []string{"gap", "-json", "-ft", ftFile, "-profile", ftProfile, "Senior Engineer 1"}},
		{"plan-ft", 0, []string{"plan", "-ft", ftFile, "-profile", ftProfile, "Engineer", "Senior Engineer 2 (Individual Contributor)"}},
		{"pay", 0, []string{"pay", "Technology Director", "-pay", "$95/hour"}},
		{"pay-band", 0, []string{"pay", "-catalog", ladderYAML, "Staff Engineer", "-pay", "£98,000", "-region", "London"}},
		{"pay-json", 0, []string{"pay", "-json", "-catalog", ladderYAML, "senior-software-engineer"}},
		{"pay-none", 1, []string{"pay", "IT Manager"}},
		{"validate-esco-warnings", 0, []string{"validate", "-esco", escoFlawed}},
		{"validate-esco-warnings-json", 0, []string{"validate", "-json", "-esco", escoFlawed}},
		{"reach-esco-warnings", 0, []string{"reach", "-esco", escoFlawed, "-moves", "1", "cook"}},
		{"reach-esco-warnings-json", 0, []string{"reach", "-json", "-esco", escoFlawed, "-moves", "1", "cook"}},
		{"pay-bls", 0, []string{"pay", "-bls-wages", blsWages, "Technology Director", "-pay", "$150k"}},
		{"pay-bls-hourly", 0, []string{"pay", "-bls-wages", blsWages, "-catalog", "testdata/pay-hourly.yaml", "Actor", "-pay", "$30/hour"}},
		{"pay-bls-json", 0, []string{"pay", "-json", "-bls-wages", blsWages, "-catalog", "testdata/pay-hourly.yaml", "15-1252.00", "-pay", "$150,000"}},
		{"export-graphml", 0, []string{"export", "-format", "graphml", "cto", "cio"}},
		{"export-mermaid", 0, []string{"export", "-format", "mermaid", "-around", "1", "Senior IT Manager"}},
		{"export-dot", 0, []string{"export", "-format", "dot", "-catalog", ladderYAML}},
		{"export-json", 0, []string{"export", "-format", "json", "cto"}},
		{"export-yaml", 0, []string{"export", "-format", "yaml", "-catalog", ladderYAML, "staff-engineer"}},
		{"export-jsonld", 0, []string{"export", "-format", "jsonld", "cto"}},
		{"export-jobposting", 0, []string{"export", "-format", "jsonld", "-type", "jobposting", "-catalog", ladderYAML, "staff-engineer", "engineering-manager"}},
		{"export-markdown", 0, []string{"export", "-format", "markdown", "cto", "Chief Information Officer"}},
		{"export-onet-graphml", 0, []string{"export", "-format", "graphml", "-onet", onet20, "-around", "1", "11-3021.00"}},
		{"join-crosswalk", 0, []string{"export", "-format", "markdown", "-esco", "../../esco/testdata/v1.1.1", "-onet", "testdata/onet-kitchen", "-crosswalk", "../../esco/testdata/nesta/esco_onet_crosswalk_Nov2020.csv", "chef"}},
		{"join-crosswalk-no-onet", 1, []string{"reach", "-esco", "../../esco/testdata/v1.1.1", "-crosswalk", "../../esco/testdata/nesta/esco_onet_crosswalk_Nov2020.csv", "chef"}},
		{"join-conflict", 1, []string{"path", "-catalog", "testdata/ours.yaml", "-default", "Head of Platform", "cto"}},
		{"join-same-as", 0, []string{"path", "-catalog", "testdata/ours.yaml", "-default", "-same-as", "cto=cto", "Technology Director", "cto"}},
		{"join-prefix", 0, []string{"path", "-catalog", "testdata/ours.yaml", "-prefix", "default-", "-default", "default-technology-director", "default-cto"}},
		{"join-prefix-first", 0, []string{"ladder", "-prefix", "ours-", "-catalog", ladderYAML, "-prefix", "", "-ft", ftFile}},
		{"join-validate-same-as", 0, []string{"validate", "-same-as", "cto=cto", "testdata/ours.yaml", "-default"}},
		{"join-same-as-unused", 1, []string{"path", "-catalog", "testdata/ours.yaml", "-default", "-same-as", "nobody=cto", "-same-as", "cto=cto", "cto", "cto"}},
		{"join-prefix-dangling", 1, []string{"path", "-catalog", "testdata/ours.yaml", "-prefix", "x-", "cto", "cto"}},
		{"join-prefix-bad", 2, []string{"path", "-prefix", "X", "-default", "cto", "cto"}},
		{"join-same-as-bad", 2, []string{"path", "-same-as", "cto", "cto", "cto"}},
		{"usage", 2, nil},
		{"unknown-command", 2, []string{"frobnicate"}},
		{"unknown-flag", 2, []string{"path", "-q", "a", "b"}},
		{"help-flag", 2, []string{"reach", "-h"}},
		{"path-args", 2, []string{"path", "cto"}},
		{"path-weight", 2, []string{"path", "-weight", "salary", "cto", "cio"}},
		{"path-weight-none", 2, []string{"path", "-weight", "years", "cto", "cio"}},
		{"path-unknown-role", 1, []string{"path", "IT Direktor", "CTO"}},
		{"path-unknown-onet", 1, []string{"path", "-onet", onet20, "IT Manager", "11-3021.00"}},
		{"gap-no-profile", 2, []string{"gap", "cto"}},
		{"export-no-format", 2, []string{"export"}},
		{"export-csv-no-dir", 2, []string{"export", "-format", "csv"}},
		{"catalog-missing", 1, []string{"path", "-catalog", "testdata/nowhere.yaml", "a", "b"}},
		{"catalog-invalid", 1, []string{"reach", "-catalog", "testdata/broken.yaml", "it-director"}},
		{"double-dash", 1, []string{"reach", "--", "-moves"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, code := session(tt.args...)
			assert.Equal(t, tt.code, code, "exit status\n%s", out)
			golden.Check(t, tt.name+".golden", []byte(out))
		})
	}
}

// TestJSONOutputs checks that every query command's -json output is one
// valid JSON value.
func TestJSONOutputs(t *testing.T) {
	for _, args := range [][]string{
		{"path", "-json", "senior-it-manager", "cto", "-k", "2"},
		{"reach", "-json", "cto"},
		{"gap", "-json", "-profile", profile, "technology-director"},
		{"plan", "-json", "-profile", profile, "senior-it-manager", "cto"},
		{"match", "-json", "-profile", profile},
		{"ladder", "-json", "-catalog", ladderYAML},
		{"ladder", "-json", "-catalog", ladderYAML, "software-engineering"},
		{"compare", "-json", "senior-it-manager", "technology-director"},
		{"pay", "-json", "technology-director", "-pay", "$150k"},
		{"validate", "-json", ladderYAML},
	} {
		var stdout, stderr bytes.Buffer
		code := run(args, &stdout, &stderr)
		require.Equal(t, 0, code, "%v: %s", args, stderr.String())
		assert.True(t, json.Valid(stdout.Bytes()), "%v", args)
	}
}

func TestExportCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	out, code := session("export", "-format", "csv", "-o", dir, "-onet", onet20)
	require.Equal(t, 0, code, out)
	for _, f := range []string{"roles.csv", "skills.csv", "moves.csv", "requirements.csv", "technologies.csv", "uses.csv"} {
		_, err := os.Stat(filepath.Join(dir, f))
		assert.NoError(t, err, f)
	}
	assert.Contains(t, out, "1113 roles, 15566 moves")
}

func TestExportToFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "cto.md")
	out, code := session("export", "-format", "markdown", "-o", file, "cto")
	require.Equal(t, 0, code, out)
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), "# Chief Technology Officer\n"))
}

// TestEveryCommandHasHelp checks that help describes every command and
// every command's flags.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands {
		var stdout, stderr bytes.Buffer
		require.Equal(t, 0, run([]string{"help", c.name}, &stdout, &stderr))
		assert.Contains(t, stdout.String(), "usage: rolemodel "+c.name)
		assert.Contains(t, stdout.String(), "-catalog file")
		if c.json {
			assert.Contains(t, stdout.String(), "-json")
		}
	}
}

// TestInstalled installs the command with go install into a temporary
// GOBIN and runs it in a fresh module elsewhere, as a user who ran
// go install .../cmd/rolemodel@latest would.
func TestInstalled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and installs the command; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH: cannot install the command")
	}
	gobin := t.TempDir()
	install := exec.Command(goTool, "install", ".")
	install.Env = append(os.Environ(), "GOBIN="+gobin, "GOFLAGS=-mod=mod")
	out, err := install.CombinedOutput()
	require.NoError(t, err, "go install: %s", out)
	bin := filepath.Join(gobin, "rolemodel")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}

	mod := t.TempDir()
	initCmd := exec.Command(goTool, "mod", "init", "example.com/careers")
	initCmd.Dir = mod
	out, err = initCmd.CombinedOutput()
	require.NoError(t, err, "go mod init: %s", out)
	ladder, err := os.ReadFile(ladderYAML)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(mod, "roles.yaml"), ladder, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(mod, "bad.yaml"), []byte("roles:\n  - id: x\n    titel: X\n"), 0o644))

	runBin := func(args ...string) (string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = mod
		var b bytes.Buffer
		cmd.Stdout, cmd.Stderr = &b, &b
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		return b.String(), code
	}
	out2, code := runBin("path", "Senior IT Manager", "CTO")
	assert.Equal(t, 0, code, out2)
	assert.Contains(t, out2, "Senior IT Manager → Technology Director → Chief Technology Officer (2 moves)")

	out2, code = runBin("validate", "roles.yaml")
	assert.Equal(t, 0, code, out2)
	assert.Contains(t, out2, "roles.yaml: ok: 7 roles")

	out2, code = runBin("validate", "bad.yaml")
	assert.Equal(t, 1, code, out2)
	assert.Regexp(t, regexp.MustCompile(`(?m)^bad\.yaml:3:5: roles\[x\]\.titel: unknown field "titel"`), out2)

	out2, code = runBin("ladder", "-catalog", "roles.yaml", "software-engineering")
	assert.Equal(t, 0, code, out2)
	assert.Contains(t, out2, "Staff Engineer")

	out2, code = runBin("export", "-format", "graphml", "-catalog", "roles.yaml")
	assert.Equal(t, 0, code, out2)
	assert.Contains(t, out2, `<graph id="career" edgedefault="directed">`)

	_, code = runBin("nonsense")
	assert.Equal(t, 2, code)
}

// TestBLS attaches the BLS files in ../shared/data to the embedded catalog.
func TestBLS(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "bls")
	wages := filepath.Join(dir, "oews-national-2024", "national_M2024_dl.csv")
	proj := filepath.Join(dir, "projections-2024-34", "occupation_table_1.2.csv")
	for _, f := range []string{wages, proj} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("BLS data not found (%v): the shared data is not beside the repository", err)
		}
	}
	out, code := session("pay", "-bls-wages", wages, "-bls-projections", proj, "Technology Director")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "median $171,200")
	assert.Contains(t, out, "p90 $239,200+")
	out, code = session("export", "-format", "markdown", "-bls-projections", proj, "technology-director")
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "55,600 openings a year")
}

// TestWarningsBounded: the first 20 warnings are written, then how many
// more there are, counting those the importer only counted.
func TestWarningsBounded(t *testing.T) {
	var ws warnings
	for i := range 25 {
		ws.list = append(ws.list, rolemodel.Problem{File: "skills_en.csv", Line: i + 2, Column: 3, Path: "skillType", Message: "the skill has no type"})
	}
	ws.more = 80
	var b bytes.Buffer
	printWarnings(&b, ws)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 21)
	assert.Equal(t, "skills_en.csv:2: warning: skillType: the skill has no type", lines[0])
	assert.Equal(t, "(and 85 more warnings)", lines[20])

	b.Reset()
	printWarnings(&b, warnings{list: []rolemodel.Problem{{Message: "no place"}}})
	assert.Equal(t, "warning: no place\n", b.String())
}

// TestESCOWarningsReal reads the ESCO v1.1.1 download in ../shared/data:
// its known flaws (67 relations to one occupation it lacks, six skills
// without a type) are warnings on standard error and in validate -json,
// and the exit status stays 0.
func TestESCOWarningsReal(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "esco-1.1.1")
	if _, err := os.Stat(filepath.Join(dir, "occupations_en.csv")); err != nil {
		t.Skipf("ESCO v1.1.1 not found (%v): the shared data is not beside the repository", err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"validate", "-json", "-esco", dir}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	var res validateResult
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &res))
	require.Len(t, res.Inputs, 1)
	assert.Equal(t, 7, res.Warnings)
	ws := res.Inputs[0].Warnings
	require.Len(t, ws, 7)
	assert.Contains(t, ws[0].Message, "67 relations name occupation")
	n := 0
	for _, w := range ws {
		if w.Path == "skillType" {
			n++
		}
	}
	assert.Equal(t, 6, n, "six skills without a type")

	stdout.Reset()
	stderr.Reset()
	code = run([]string{"reach", "-esco", dir, "-moves", "1", "cook"}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	assert.Equal(t, 7, strings.Count(stderr.String(), ": warning: "), stderr.String())
	assert.Regexp(t, `occupationSkillRelations\.csv:84425: warning: occupationUri: 67 relations`, stderr.String())
}

// -json carries both the catalog's level and the framework's word, in
// compare and plan as in gap (whose golden shows it).
func TestFrameworkWordsJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"compare", "-json", "-ft", ftFile, "Engineer", "Senior Engineer 1"}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	var d rolemodel.RoleDiff
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &d))
	require.NotEmpty(t, d.SkillsRaised)
	assert.Equal(t, rolemodel.LevelChange{Skill: "ft-engineering-business-impact", From: skill.Awareness, To: skill.Working, FromLabel: "Awareness", ToLabel: "Foundational"}, d.SkillsRaised[0])

	stdout.Reset()
	code = run([]string{"plan", "-json", "-ft", ftFile, "-profile", ftProfile, "Engineer", "Senior Engineer 1"}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	var p planResult
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &p))
	require.Len(t, p.Steps, 1)
	var got []string
	for _, s := range p.Steps[0].Learn {
		got = append(got, string(s.Skill)+": "+s.Required.String()+", "+s.Label)
	}
	assert.Equal(t, []string{
		"ft-engineering-communication: working, Foundational",
		"ft-engineering-curiosity-learning: working, Foundational",
		"ft-engineering-independent-working: practitioner, Working knowledge",
		"ft-engineering-leadership: working, Foundational",
		"ft-engineering-planning-organising: working, Foundational",
		"ft-engineering-problem-solving-decision-making: practitioner, Working knowledge",
		"ft-engineering-team-work: working, Foundational",
	}, got)
}

// The audit's case on the FT's published engineering.yml: between Engineer
// and Senior Engineer 1, Business Impact goes from the FT's Awareness to
// its Foundational, which is the catalog's working, not the FT's higher
// "Working knowledge".
func TestCompareFTRealWords(t *testing.T) {
	file := filepath.Join("..", "..", "..", "shared", "data", "frameworks", "ft-engineering-progression", "engineering.yml")
	if _, err := os.Stat(file); err != nil {
		t.Skipf("FT engineering.yml not found (%v): the shared data is not beside the repository", err)
	}
	out, code := session("compare", "-ft", file, "Engineer", "Senior Engineer 1")
	require.Equal(t, 0, code, out)
	assert.Regexp(t, `↑  Business Impact +Awareness → Foundational \(working\)\n`, out)
	assert.NotRegexp(t, `→ working\b`, out, "no raise ends in the catalog's bare word")
}
