package rolemodel_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/skill"
)

// factsEdit is an edit of one role's facts that both Amend and the
// reference (rebuilt) can run: it gets a copy of the role and the facts to
// change. It must make the same change each time it is called.
type factsEdit func(r role.Role, salaries *[]role.Salary, outlook *[]role.Outlook, sources *[]string) bool

func (e factsEdit) amend() func(*rolemodel.Facts) bool {
	if e == nil {
		return nil
	}
	return func(f *rolemodel.Facts) bool { return e(f.Role(), &f.Salaries, &f.Outlook, &f.Sources) }
}

// rebuilt is the catalog Amend must equal: c's parts changed as Amend's
// doc says (a given source replaces the catalog's of its ID in place, the
// others are appended in order; each role's facts are replaced where the
// edit reports true), built again with Build.
func rebuilt(c *rolemodel.Catalog, sources []role.Source, e factsEdit, opts ...rolemodel.BuildOption) (*rolemodel.Catalog, error) {
	parts := c.Parts()
	n := len(parts.Sources)
	replaced := map[string]bool{}
	for _, s := range sources {
		i := slices.IndexFunc(parts.Sources[:n], func(x role.Source) bool { return x.ID == s.ID })
		if i >= 0 && !replaced[s.ID] {
			replaced[s.ID] = true
			parts.Sources[i] = s
			continue
		}
		parts.Sources = append(parts.Sources, s)
	}
	if e != nil {
		for i := range parts.Roles {
			r := &parts.Roles[i]
			x := r.Clone()
			if e(r.Clone(), &x.Salaries, &x.Outlook, &x.Sources) {
				r.Salaries, r.Outlook, r.Sources = x.Salaries, x.Outlook, x.Sources
			}
		}
	}
	return rolemodel.Build(parts, opts...)
}

// requireSame checks that a and b are the same catalog: the same parts and
// the same JSON, and the same answers from the indexes Amend shares.
func requireSame(t *testing.T, want, got *rolemodel.Catalog) {
	t.Helper()
	require.NotNil(t, want)
	require.NotNil(t, got)
	assert.Equal(t, want.Parts(), got.Parts())
	wj, err := want.MarshalJSON()
	require.NoError(t, err)
	gj, err := got.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(wj), string(gj))
	assert.Equal(t, slices.Collect(want.Transitions()), slices.Collect(got.Transitions()))
	assert.Equal(t, slices.Collect(want.Sources()), slices.Collect(got.Sources()))
	for s := range want.Sources() {
		g, ok := got.Source(s.ID)
		assert.True(t, ok, s.ID)
		assert.Equal(t, s, g)
	}
	for r := range want.Roles() {
		g, ok := got.Role(r.ID)
		assert.True(t, ok, r.ID)
		assert.Equal(t, r, g)
		for _, n := range r.Names()[:min(2, len(r.Names()))] { // the title and an alias
			assert.Equal(t, want.LookupAll(n), got.LookupAll(n), n)
		}
	}
	if s, ok := firstSkill(want); ok {
		p := skill.Profile{Skills: []skill.Held{{Skill: s, Level: skill.Level(3)}}}
		wm, werr := want.Match(p, 5)
		gm, gerr := got.Match(p, 5)
		assert.Equal(t, werr, gerr)
		assert.Equal(t, wm, gm)
	}
	assert.Equal(t, want.Similar("Directr", 3), got.Similar("Directr", 3))
}

func firstSkill(c *rolemodel.Catalog) (skill.ID, bool) {
	for s := range c.Skills() {
		return s.ID, true
	}
	return "", false
}

// A new source, and a replacement for one of the default catalog's.
func testSources(t *testing.T, c *rolemodel.Catalog) []role.Source {
	old, ok := c.Source("technology-director-what-is-it")
	require.True(t, ok)
	old.Note = "Replaced by a test: the same document, another note."
	return []role.Source{
		{ID: "test-survey", Title: "A survey the test cites", Publisher: "The tests", URL: "https://example.org/survey"},
		old,
	}
}

// editDefault changes the facts of the default catalog's roles the ways an
// importer does: it drops entries, adds entries citing the new source and
// changes entries in place, and leaves some roles as they are.
func editDefault(r role.Role, salaries *[]role.Salary, outlook *[]role.Outlook, sources *[]string) bool {
	switch {
	case r.ID == "technology-director":
		// Keep the U.S. figures, and change one in place.
		*salaries = slices.DeleteFunc(*salaries, func(s role.Salary) bool { return s.Region != "United States" })
		(*salaries)[0].Note = "Kept by a test."
		*outlook = slices.DeleteFunc(*outlook, func(o role.Outlook) bool { return o.Region != "United States" })
		return true
	case r.ID == "cto":
		// Cite the new source, with a figure of the technology director's.
		*outlook = append(*outlook, role.Outlook{Region: "United States", Text: "Demand as the test's survey states it.", Sources: []string{"test-survey"}})
		*sources = append(*sources, "test-survey")
		return true
	case r.ID == "cio":
		// Scribbled on, but not kept.
		*sources = nil
		return false
	case len(r.ID)%2 == 0:
		*sources = append(*sources, "test-survey")
		return true
	}
	return false
}

func TestAmendEqualsBuildDefault(t *testing.T) {
	c := rolemodel.Default()
	before := c.Parts()
	beforeJSON, err := c.MarshalJSON()
	require.NoError(t, err)

	for _, tc := range []struct {
		name    string
		sources []role.Source
		edit    factsEdit
	}{
		{"nothing", nil, nil},
		{"sources only", testSources(t, c), nil},
		{"edit only", nil, func(r role.Role, s *[]role.Salary, o *[]role.Outlook, src *[]string) bool {
			if r.ID != "technology-director" {
				return false
			}
			*s = (*s)[:1]
			return true
		}},
		{"both", testSources(t, c), editDefault},
		{"edit reports true, changes nothing", nil, func(role.Role, *[]role.Salary, *[]role.Outlook, *[]string) bool { return true }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := rebuilt(c, tc.sources, tc.edit)
			require.NoError(t, err)
			got, err := c.Amend(tc.sources, tc.edit.amend())
			require.NoError(t, err)
			requireSame(t, want, got)
			assert.Same(t, c.Graph(), got.Graph(), "the career graph is shared, not rebuilt")
		})
	}

	// c did not change.
	assert.Equal(t, before, c.Parts())
	afterJSON, err := c.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(beforeJSON), string(afterJSON))
}

func TestAmendAgain(t *testing.T) {
	// An amended catalog amends and merges as a built one does.
	c := rolemodel.Default()
	a, err := c.Amend(testSources(t, c), factsEdit(editDefault).amend())
	require.NoError(t, err)
	b, err := a.Amend([]role.Source{{ID: "another", Title: "Another source"}}, func(f *rolemodel.Facts) bool {
		f.Sources = append(f.Sources, "another")
		return f.ID() == "it-manager"
	})
	require.NoError(t, err)
	want, err := rebuilt(a, []role.Source{{ID: "another", Title: "Another source"}}, func(r role.Role, _ *[]role.Salary, _ *[]role.Outlook, src *[]string) bool {
		*src = append(*src, "another")
		return r.ID == "it-manager"
	})
	require.NoError(t, err)
	requireSame(t, want, b)

	// It is written out and read back as a built one is.
	data, err := b.MarshalJSON()
	require.NoError(t, err)
	back, err := rolemodel.Load(bytes.NewReader(data))
	require.NoError(t, err)
	requireSame(t, b, back)
}

func TestAmendFacts(t *testing.T) {
	c := rolemodel.Default()
	want, ok := c.Role("technology-director")
	require.True(t, ok)
	seen := 0
	_, err := c.Amend(nil, func(f *rolemodel.Facts) bool {
		seen++
		r := f.Role()
		assert.Equal(t, r.ID, f.ID())
		assert.Equal(t, r.Codes, f.Codes())
		assert.Equal(t, r.Salaries, f.Salaries)
		assert.Equal(t, r.Outlook, f.Outlook)
		assert.Equal(t, r.Sources, f.Sources)
		// Scribbling on every copy changes nothing.
		r.Title = "scribbled"
		if len(r.Aliases) > 0 {
			r.Aliases[0] = "scribbled"
		}
		codes := f.Codes()
		codes.Sources = append(codes.Sources[:0:0], "scribbled")
		for i := range f.Salaries {
			f.Salaries[i].Sources[0] = "scribbled"
		}
		for i := range f.Outlook {
			f.Outlook[i].Text = "scribbled"
		}
		for i := range f.Sources {
			f.Sources[i] = "scribbled"
		}
		assert.NotEqual(t, "scribbled", f.Role().Title)
		if len(f.Salaries) > 0 {
			assert.NotEqual(t, "scribbled", f.Role().Salaries[0].Sources[0], "Role gives the facts the edit began with")
		}
		return false
	})
	require.NoError(t, err)
	assert.Equal(t, c.NumRoles(), seen)
	got, _ := c.Role("technology-director")
	assert.Equal(t, want, got)
}

// What edit leaves in Facts is copied: changing those slices after Amend
// returns changes neither catalog.
func TestAmendKeepsCopies(t *testing.T) {
	c := rolemodel.Default()
	var kept *rolemodel.Facts
	a, err := c.Amend(nil, func(f *rolemodel.Facts) bool {
		if f.ID() != "technology-director" {
			return false
		}
		kept = f
		return true
	})
	require.NoError(t, err)
	require.NotNil(t, kept)
	require.NotEmpty(t, kept.Salaries)
	before, _ := a.Role("technology-director")
	kept.Salaries[0].Sources[0] = "scribbled"
	kept.Outlook = nil
	kept.Sources[0] = "scribbled"
	after, _ := a.Role("technology-director")
	assert.Equal(t, before, after)
	orig, _ := c.Role("technology-director")
	assert.NotEqual(t, "scribbled", orig.Salaries[0].Sources[0])
}

func TestAmendNil(t *testing.T) {
	var c *rolemodel.Catalog
	called := false
	got, err := c.Amend([]role.Source{{ID: "only", Title: "The only source"}}, func(*rolemodel.Facts) bool { called = true; return true })
	require.NoError(t, err)
	assert.False(t, called)
	assert.Equal(t, rolemodel.Parts{Sources: []role.Source{{ID: "only", Title: "The only source"}}}, got.Parts())

	_, err = c.Amend([]role.Source{{ID: "Not a slug"}}, nil)
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	_, want := rolemodel.Build(rolemodel.Parts{Sources: []role.Source{{ID: "Not a slug"}}})
	assert.Equal(t, want, err)

	got, err = rolemodel.Default().Amend(nil, nil)
	require.NoError(t, err)
	requireSame(t, rolemodel.Default(), got)
}

// requireSameProblems checks that Amend refuses what Build refuses, with
// the same problems in the same order.
func requireSameProblems(t *testing.T, c *rolemodel.Catalog, sources []role.Source, e factsEdit, opts ...rolemodel.BuildOption) *rolemodel.ValidationError {
	t.Helper()
	_, werr := rebuilt(c, sources, e, opts...)
	var want *rolemodel.ValidationError
	require.ErrorAs(t, werr, &want, "Build refuses the change")
	got, gerr := c.Amend(sources, e.amend())
	require.Nil(t, got)
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, gerr, &ve)
	assert.Equal(t, want.Problems, ve.Problems)
	assert.Equal(t, want.More, ve.More)
	assert.Equal(t, werr.Error(), gerr.Error())
	return ve
}

func TestAmendRefusesWhatBuildRefuses(t *testing.T) {
	c := rolemodel.Default()
	director := func(f func(s *[]role.Salary, o *[]role.Outlook, src *[]string)) factsEdit {
		return func(r role.Role, s *[]role.Salary, o *[]role.Outlook, src *[]string) bool {
			if r.ID != "technology-director" {
				return false
			}
			f(s, o, src)
			return true
		}
	}
	for _, tc := range []struct {
		name    string
		sources []role.Source
		edit    factsEdit
		kind    error
		path    string // of the first problem
	}{
		{"range min above max", nil, director(func(s *[]role.Salary, _ *[]role.Outlook, _ *[]string) {
			(*s)[1].Min, (*s)[1].Max = (*s)[1].Max, (*s)[1].Min
		}), rolemodel.ErrInvalidValue, "roles[technology-director].salaries[1].max"},
		{"salary without sources", nil, director(func(s *[]role.Salary, _ *[]role.Outlook, _ *[]string) {
			(*s)[0].Sources = nil
		}), rolemodel.ErrInvalidValue, "roles[technology-director].salaries[0].sources"},
		{"unknown source cited", nil, director(func(s *[]role.Salary, o *[]role.Outlook, src *[]string) {
			(*s)[2].Sources = append((*s)[2].Sources, "no-such-source")
			(*o)[3].Sources[0] = "nor-this"
			*src = append(*src, "nor-that")
		}), rolemodel.ErrReference, "roles[technology-director].salaries[2].sources[1]"},
		{"empty source ID", nil, director(func(_ *[]role.Salary, _ *[]role.Outlook, src *[]string) {
			*src = append(*src, "")
		}), rolemodel.ErrInvalidValue, "roles[technology-director].sources[5]"},
		{"outlook without figures, years reversed", nil, director(func(_ *[]role.Salary, o *[]role.Outlook, _ *[]string) {
			*o = append(*o, role.Outlook{FromYear: 2030, ToYear: 2020, Sources: []string{"onet-29-3"}})
		}), rolemodel.ErrInvalidValue, "roles[technology-director].outlook[9].region"},
		{"control and bidi characters", nil, director(func(s *[]role.Salary, o *[]role.Outlook, _ *[]string) {
			(*s)[0].Note = "red \x1b[31m text"
			(*s)[0].Region = "United\u202eStates"
			(*o)[0].Text = "open \u2067 isolate"
		}), rolemodel.ErrInvalidValue, "roles[technology-director].salaries[0].region"},
		{"bad new sources", []role.Source{
			{ID: "test-survey", Title: "", URL: "not a url"},
			{ID: "Not a slug", Title: "Named badly\n"},
			{ID: "test-survey", Title: "Given twice"},
		}, nil, rolemodel.ErrInvalidValue, "sources[test-survey].title"},
		{"bad replacement", []role.Source{{ID: "onet-29-3", Title: "O*NET", URL: "ftp//nowhere", Note: "\x00"}}, nil, rolemodel.ErrInvalidValue, "sources[onet-29-3].url"},
		{"a replacement given twice", []role.Source{{ID: "onet-29-3", Title: "O*NET"}, {ID: "onet-29-3", Title: "O*NET again"}}, nil, rolemodel.ErrDuplicate, "sources[onet-29-3].id"},
		{"everything at once", []role.Source{{ID: "x y"}}, func(r role.Role, s *[]role.Salary, o *[]role.Outlook, src *[]string) bool {
			*s = append(*s, role.Salary{Sources: []string{"nowhere"}, Note: "\x07"})
			*o = append(*o, role.Outlook{})
			*src = append(*src, "", "x y")
			return true
		}, rolemodel.ErrInvalidValue, "sources[7].id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ve := requireSameProblems(t, c, tc.sources, tc.edit)
			require.NotEmpty(t, ve.Problems)
			assert.Equal(t, tc.path, ve.Problems[0].Path)
			assert.ErrorIs(t, ve, tc.kind)
			assert.ErrorIs(t, ve, rolemodel.ErrInvalid)
			t.Log(ve)
		})
	}

	// Past the cap on problems: the same problems listed, the same count
	// of the rest.
	many := func(r role.Role, s *[]role.Salary, _ *[]role.Outlook, _ *[]string) bool {
		for i := range 20 {
			*s = append(*s, role.Salary{Sources: []string{fmt.Sprintf("missing-%d", i)}})
		}
		return true
	}
	ve := requireSameProblems(t, c, nil, many)
	assert.Len(t, ve.Problems, rolemodel.MaxProblems)
	assert.Positive(t, ve.More)
}

func TestAmendConcurrentReads(t *testing.T) {
	// Amend reads c while other goroutines read it, and the catalogs it
	// makes share c's lazily built tables: under -race, nothing is written
	// that another goroutine reads.
	c, err := rolemodel.Default().Amend(nil, nil) // tables not built yet
	require.NoError(t, err)
	want, err := c.MarshalJSON()
	require.NoError(t, err)
	p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Level(3)}}}
	wantMatch, err := rolemodel.Default().Match(p, 3)
	require.NoError(t, err)

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	read := func(c *rolemodel.Catalog) {
		defer wg.Done()
		for range 20 {
			got, err := c.MarshalJSON()
			if err == nil && string(got) != string(want) {
				err = errors.New("the catalog changed while amended")
			}
			if err == nil {
				var m []rolemodel.Match
				m, err = c.Match(p, 3)
				if err == nil && fmt.Sprint(m) != fmt.Sprint(wantMatch) {
					err = fmt.Errorf("match changed: %v", m)
				}
			}
			_ = c.Similar("Directr", 3)
			for r := range c.Roles() {
				r.Salaries = nil
			}
			if err != nil {
				errs <- err
				return
			}
		}
	}
	for range 4 {
		wg.Add(2)
		go read(c)
		go func() {
			defer wg.Done()
			for range 10 {
				a, err := c.Amend(testSources(t, c), factsEdit(editDefault).amend())
				if err != nil {
					errs <- err
					return
				}
				// The amended catalog's tables are c's.
				if m, err := a.Match(p, 3); err != nil || fmt.Sprint(m) != fmt.Sprint(wantMatch) {
					errs <- fmt.Errorf("amended match: %v, %v", m, err)
					return
				}
				_ = a.Similar("Directr", 3)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func ExampleCatalog_Amend() {
	c := rolemodel.Default()
	// Keep the figures for the United States only.
	us, err := c.Amend(nil, func(f *rolemodel.Facts) bool {
		n := len(f.Salaries) + len(f.Outlook)
		f.Salaries = slices.DeleteFunc(f.Salaries, func(s role.Salary) bool { return s.Region != "United States" })
		f.Outlook = slices.DeleteFunc(f.Outlook, func(o role.Outlook) bool { return o.Region != "United States" })
		return len(f.Salaries)+len(f.Outlook) != n
	})
	if err != nil {
		panic(err)
	}
	before, _ := c.Role("technology-director")
	after, _ := us.Role("technology-director")
	fmt.Println(len(before.Salaries), len(before.Outlook), "->", len(after.Salaries), len(after.Outlook))
	fmt.Println("same career graph:", us.Graph() == c.Graph())

	// An edit Build would refuse is refused with Build's problems.
	_, err = c.Amend(nil, func(f *rolemodel.Facts) bool {
		f.Sources = append(f.Sources, "no-such-source")
		return f.ID() == "cto"
	})
	fmt.Println(err)
	// Output:
	// 4 9 -> 2 2
	// same career graph: true
	// rolemodel: invalid catalog: roles[cto].sources[3]: source "no-such-source" is not in the catalog's sources
}

// TestAmendONet amends O*NET 29.3, a catalog of shared names and 1,016
// occupations, as an importer would, and breaks it as a bad importer
// would: Amend gives Build's catalog and Build's problems.
func TestAmendONet(t *testing.T) {
	c := loadONet29(t)
	src := []role.Source{{ID: "test-survey", Title: "A survey the test cites"}}
	good := func(r role.Role, s *[]role.Salary, o *[]role.Outlook, ids *[]string) bool {
		if r.Codes.ONetSOC[0] != '1' {
			return false
		}
		*o = append(*o, role.Outlook{Region: "United States", Text: "Demand for " + r.Title + ", as the test's survey states it.", Sources: []string{"test-survey"}})
		*ids = append(*ids, "test-survey")
		return true
	}
	want, err := rebuilt(c, src, good, rolemodel.SharedNames())
	require.NoError(t, err)
	got, err := c.Amend(src, factsEdit(good).amend())
	require.NoError(t, err)
	requireSame(t, want, got)

	bad := func(r role.Role, s *[]role.Salary, o *[]role.Outlook, ids *[]string) bool {
		if r.Codes.ONetSOC[1] != '5' {
			return false
		}
		*o = append(*o, role.Outlook{Region: "United\nStates", Sources: []string{"test-survey", "no-such-source"}})
		*ids = append(*ids, "")
		return true
	}
	requireSameProblems(t, c, src, bad, rolemodel.SharedNames())
}
