package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/export"
	"github.com/rolemodel/rolemodel/internal/golden"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
)

func ladder(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	c, err := rolemodel.LoadFile(filepath.Join("..", "testdata", "ladder.yaml"))
	require.NoError(t, err)
	return c
}

func onet20(t testing.TB) *rolemodel.Catalog {
	t.Helper()
	c, err := onet.LoadDir(filepath.Join("..", "examples", "onetpaths", "testdata", "onet-20.3"))
	require.NoError(t, err)
	return c
}

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, export.WriteGraphML(&b, rolemodel.Default()))
	golden.Check(t, "default.graphml", b.Bytes())

	for name, write := range map[string]func(io.Writer, *rolemodel.Catalog) error{
		"default-roles.csv":        export.WriteRolesCSV,
		"default-skills.csv":       export.WriteSkillsCSV,
		"default-moves.csv":        export.WriteMovesCSV,
		"default-requirements.csv": export.WriteRequirementsCSV,
		"ladder-moves.csv":         export.WriteMovesCSV,
	} {
		c := rolemodel.Default()
		if strings.HasPrefix(name, "ladder") {
			c = ladder(t)
		}
		b.Reset()
		require.NoError(t, write(&b, c))
		golden.Check(t, name, b.Bytes())
	}

	for name, tc := range map[string]struct {
		c  *rolemodel.Catalog
		id role.ID
	}{
		"technology-director.md":      {rolemodel.Default(), "technology-director"},
		"cto.md":                      {rolemodel.Default(), "cto"},
		"senior-software-engineer.md": {ladder(t), "senior-software-engineer"},
		"onet-11-3021-00.md":          {onet20(t), "11-3021-00"},
	} {
		b.Reset()
		require.NoError(t, export.WriteMarkdown(&b, tc.c, tc.id))
		golden.Check(t, name, b.Bytes())
	}
}

// graphML is the part of a GraphML document the tests read back.
type graphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Desc        string `xml:"desc"`
		Nodes       []struct {
			ID   string    `xml:"id,attr"`
			Data []dataElt `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string    `xml:"source,attr"`
			Target string    `xml:"target,attr"`
			Data   []dataElt `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type dataElt struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// TestGraphMLStructure reads the GraphML of three catalogs back with
// encoding/xml: every role a node, every move an edge, every data key
// declared for its element.
func TestGraphMLStructure(t *testing.T) {
	for name, c := range map[string]*rolemodel.Catalog{"default": rolemodel.Default(), "ladder": ladder(t), "onet-20.3": onet20(t)} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, export.WriteGraphML(&b, c))
			var doc graphML
			require.NoError(t, xml.Unmarshal(b.Bytes(), &doc))
			keys := map[string]string{}
			for _, k := range doc.Keys {
				assert.Equal(t, k.ID, k.Name)
				keys[k.ID] = k.For
			}
			assert.Equal(t, "directed", doc.Graph.EdgeDefault)
			assert.Contains(t, doc.Graph.Desc, "Career graph exported by rolemodel")
			require.Len(t, doc.Graph.Nodes, c.NumRoles())
			require.Len(t, doc.Graph.Edges, c.Graph().Size())
			i := 0
			for r := range c.Roles() {
				n := doc.Graph.Nodes[i]
				assert.Equal(t, string(r.ID), n.ID)
				for _, d := range n.Data {
					assert.Equal(t, "node", keys[d.Key], "key %s", d.Key)
					assert.NotEmpty(t, d.Value)
				}
				i++
			}
			i = 0
			for tr := range c.Transitions() {
				e := doc.Graph.Edges[i]
				assert.Equal(t, string(tr.From), e.Source)
				assert.Equal(t, string(tr.To), e.Target)
				require.NotEmpty(t, e.Data)
				assert.Equal(t, dataElt{"kind", tr.Kind.String()}, e.Data[0])
				for _, d := range e.Data {
					assert.Equal(t, "edge", keys[d.Key], "key %s", d.Key)
				}
				i++
			}
		})
	}
}

// TestGraphMLEscapes shows that text from a catalog cannot break the XML.
func TestGraphMLEscapes(t *testing.T) {
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "s", Title: `<script>&"quotes"`, Note: "a\tb"}}, // a tab is free text's, not a name's (a licence)
		Roles:   []role.Role{{ID: "a", Title: `R&D </data> <b>"Lead"`, Sources: []string{"s"}}},
	})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, export.WriteGraphML(&b, c))
	var doc graphML
	require.NoError(t, xml.Unmarshal(b.Bytes(), &doc))
	require.Len(t, doc.Graph.Nodes, 1)
	assert.Equal(t, dataElt{"title", `R&D </data> <b>"Lead"`}, doc.Graph.Nodes[0].Data[0])
	assert.Contains(t, doc.Graph.Desc, `<script>&"quotes"`)
}

// TestCSVRoundTrip reads every CSV file back with encoding/csv: one header,
// rows of its width, one row per role, skill, move and requirement.
func TestCSVRoundTrip(t *testing.T) {
	for name, c := range map[string]*rolemodel.Catalog{"default": rolemodel.Default(), "ladder": ladder(t), "onet-20.3": onet20(t)} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, export.WriteCSVFiles(dir, c))
			requirements := 0
			for r := range c.Roles() {
				requirements += len(r.Skills)
			}
			skills := 0
			for range c.Skills() {
				skills++
			}
			for file, rows := range map[string]int{
				export.RolesFile:        c.NumRoles(),
				export.SkillsFile:       skills,
				export.MovesFile:        c.Graph().Size(),
				export.RequirementsFile: requirements,
			} {
				f, err := os.Open(filepath.Join(dir, file))
				require.NoError(t, err)
				records, err := csv.NewReader(f).ReadAll() // refuses rows of another width
				require.NoError(t, f.Close())
				require.NoError(t, err, file)
				require.Len(t, records, rows+1, file)
				assert.Contains(t, records[0][0], ":", "%s: a bulk-import header", file)
			}
		})
	}
	// A field with commas, quotes and line breaks survives.
	c, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "a", Title: "Head of R&D, \"Labs\"", Aliases: []string{"x"}}}})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, export.WriteRolesCSV(&b, c))
	records, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, "Head of R&D, \"Labs\"", records[1][2])
}

func TestWriteCSVFilesErrors(t *testing.T) {
	err := export.WriteCSVFiles(filepath.Join(t.TempDir(), "no-such-dir"), rolemodel.Default())
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// TestYAMLRoundTrip loads the YAML export back and compares it with the
// catalog it came from.
func TestYAMLRoundTrip(t *testing.T) {
	for name, c := range map[string]*rolemodel.Catalog{"default": rolemodel.Default(), "ladder": ladder(t), "onet-20.3": onet20(t)} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, export.WriteYAML(&b, c))
			assert.NotContains(t, b.String(), "{", "block style")
			back, err := rolemodel.Loader{SharedNames: true}.Load(&b)
			require.NoError(t, err)
			want, err := c.MarshalJSON()
			require.NoError(t, err)
			got, err := back.MarshalJSON()
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

func TestMarkdownEscapes(t *testing.T) {
	c, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "s", Title: "A *bold* claim"}},
		Roles: []role.Role{{
			ID: "a", Title: "Lead <script>", Sources: []string{"s"},
			Descriptions:     []role.Statement{{Text: "# Not a heading\nnor [a link](x)", Sources: []string{"s"}}},
			Responsibilities: []role.Responsibility{{Text: "1. not a list", Sources: []string{"s"}}},
		}},
	})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, export.WriteMarkdown(&b, c, "a"))
	out := b.String()
	assert.Contains(t, out, "# Lead \\<script>\n")
	assert.Contains(t, out, "\\# Not a heading nor \\[a link\\](x) [1]\n")
	assert.Contains(t, out, "- 1\\. not a list [1]\n")
	assert.Contains(t, out, "1. *A \\*bold\\* claim*\n")
}

func TestMarkdownSections(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, export.WriteMarkdown(&b, rolemodel.Default(), "technology-director"))
	out := b.String()
	order := []string{"# Technology Director", "## Summary", "## Responsibilities", "### Primary functions", "### Secondary functions",
		"## Skills", "### Essential", "### Optional", "## Certifications", "## Education", "## Experience", "## Pay", "## Outlook",
		"## Where the role leads", "## Sources"}
	last := -1
	for _, h := range order {
		i := strings.Index(out, "\n"+h+"\n")
		if h == order[0] {
			i = strings.Index(out, h+"\n")
		}
		require.GreaterOrEqual(t, i, 0, "section %q", h)
		assert.Greater(t, i, last, "section %q in order", h)
		last = i
	}
	assert.Contains(t, out, "10-15+ years, 5-7+ in leadership.")
	// A skill several sources name in their own words lists each source's
	// words under it, citing that source.
	assert.Contains(t, out, "- **Business Acumen** (advanced) [1, 2, 3, 4, 5]\n  - A deep understanding of the organization’s industry")
	// A hedged figure keeps its hedge.
	assert.Contains(t, out, "growth about 12% (all occupations 8%)")
	assert.Contains(t, out, ": over 2,000,000 vacancies.")
	assert.Contains(t, out, "  - Advanced business acumen with the ability to connect technology investments directly to business outcomes and ROI. [5]\n")
	assert.Contains(t, out, "Range: $150,000 - $250,000+ (annual) [2]")
	assert.Contains(t, out, "- **Advancement to:** Chief Information Officer, Chief Technology Officer")
}

func TestUnknownRoleAndNilWriter(t *testing.T) {
	var b bytes.Buffer
	err := export.WriteMarkdown(&b, rolemodel.Default(), "nobody")
	require.ErrorIs(t, err, rolemodel.ErrUnknownRole)
	var re *career.RoleError
	require.ErrorAs(t, err, &re)
	assert.Zero(t, b.Len())

	for name, err := range map[string]error{
		"graphml":  export.WriteGraphML(nil, rolemodel.Default()),
		"roles":    export.WriteRolesCSV(nil, rolemodel.Default()),
		"markdown": export.WriteMarkdown(nil, rolemodel.Default(), "cto"),
		"yaml":     export.WriteYAML(nil, rolemodel.Default()),
	} {
		assert.Error(t, err, name)
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriterErrors(t *testing.T) {
	c := onet20(t)
	for name, write := range map[string]func(io.Writer) error{
		"graphml":      func(w io.Writer) error { return export.WriteGraphML(w, c) },
		"roles":        func(w io.Writer) error { return export.WriteRolesCSV(w, c) },
		"moves":        func(w io.Writer) error { return export.WriteMovesCSV(w, c) },
		"requirements": func(w io.Writer) error { return export.WriteRequirementsCSV(w, rolemodel.Default()) },
		"yaml":         func(w io.Writer) error { return export.WriteYAML(w, c) },
		"markdown":     func(w io.Writer) error { return export.WriteMarkdown(w, rolemodel.Default(), "technology-director") },
	} {
		assert.ErrorIs(t, write(&failWriter{n: 100}), errWrite, name)
	}
}

func TestSubset(t *testing.T) {
	c := rolemodel.Default()
	part, err := export.Subset(c, []role.ID{"technology-director"}, 1)
	require.NoError(t, err)
	want := map[role.ID]bool{"technology-director": true}
	for tr := range c.Graph().From("technology-director") {
		want[tr.To] = true
	}
	for tr := range c.Graph().To("technology-director") {
		want[tr.From] = true
	}
	assert.Equal(t, len(want), part.NumRoles())
	for tr := range part.Transitions() {
		assert.True(t, want[tr.From] && want[tr.To], "%s stays inside", tr)
	}
	assert.Equal(t, c.Graph().Size(), part.Graph().Size(), "every move of the default catalog touches the director")
	td, ok := part.Role("technology-director")
	require.True(t, ok)
	for _, req := range td.Skills {
		_, ok := part.Skill(req.Skill)
		assert.True(t, ok, "skill %s kept", req.Skill)
	}

	alone, err := export.Subset(c, []role.ID{"cto", "cio"}, 0)
	require.NoError(t, err)
	assert.Equal(t, 2, alone.NumRoles())
	assert.Zero(t, alone.Graph().Size())

	// The ladder keeps its family tree and grades.
	l, err := export.Subset(ladder(t), []role.ID{"staff-engineer"}, 0)
	require.NoError(t, err)
	fam, ok := l.FamilyOf("staff-engineer")
	require.True(t, ok)
	assert.Equal(t, role.FamilyID("engineering"), fam)
	_, ok = l.Family("technology")
	assert.True(t, ok, "the parent family comes along")
	_, err = l.PayBand("staff-engineer", "London")
	assert.NoError(t, err)

	same, err := export.Subset(c, nil, 3)
	require.NoError(t, err)
	assert.Same(t, c, same)

	_, err = export.Subset(c, []role.ID{"nobody"}, 0)
	assert.ErrorIs(t, err, rolemodel.ErrUnknownRole)
	_, err = export.Subset(c, []role.ID{"cto"}, -1)
	assert.ErrorIs(t, err, career.ErrBadQuery)
}
