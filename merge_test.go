package rolemodel_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
)

// onet20 is the copy of O*NET 20.3 that examples/onetpaths carries.
const onet20 = "examples/onetpaths/testdata/onet-20.3"

func TestMergeWithONet(t *testing.T) {
	imported, err := onet.LoadDir(onet20)
	require.NoError(t, err)
	before, err := rolemodel.Default().MarshalJSON()
	require.NoError(t, err)

	m, err := rolemodel.Merge(rolemodel.Default(), imported)
	require.NoError(t, err)
	assert.Equal(t, rolemodel.Default().NumRoles()+imported.NumRoles()-1, m.NumRoles(),
		"11-3021.00 folds into technology-director; every other occupation is added")

	td, ok := m.Role("technology-director")
	require.True(t, ok)
	assert.Equal(t, "Technology Director", td.Title, "the base role keeps its title")
	assert.Contains(t, td.Aliases, "Computer and Information Systems Managers")
	assert.Equal(t, "11-3021.00", td.Codes.ONetSOC)
	assert.Contains(t, td.Sources, "onet-20-3")
	_, ok = m.Role(onet.RoleID("11-3021.00"))
	assert.False(t, ok, "the O*NET role is folded, not added")

	r, ok := m.Lookup("Computer and Information Systems Managers")
	require.True(t, ok)
	assert.Equal(t, role.ID("technology-director"), r.ID)

	// Paths now run from an O*NET occupation through the hand-made roles.
	p, err := m.Graph().ShortestPath(onet.RoleID("15-1121.00"), "cto")
	require.NoError(t, err)
	assert.Equal(t, "Computer Systems Analysts → Information Security Analysts → Technology Director → Chief Technology Officer", p.String())
	assert.Equal(t, []string{"key-responsibilities-tech-director", "key-responsibilities-technology-director"}, m.TransitionSources(p.Steps()[2]))
	assert.Equal(t, []string{"onet-20-3"}, m.TransitionSources(p.Steps()[1]))

	// The O*NET moves out of 11-3021.00 now leave technology-director.
	n := 0
	for tr := range m.Graph().From("technology-director") {
		if tr.Index > 0 {
			n++
		}
	}
	assert.Positive(t, n)

	after, _ := rolemodel.Default().MarshalJSON()
	assert.Equal(t, string(before), string(after), "Merge changes neither input")
	_, ok = imported.Role(onet.RoleID("11-3021.00"))
	assert.True(t, ok)
}

func TestMergeRules(t *testing.T) {
	src := []role.Source{{ID: "s", Title: "S"}}
	base, err := rolemodel.Build(rolemodel.Parts{Sources: src, Roles: []role.Role{
		{ID: "lead", Title: "Team Lead", Codes: role.Codes{ONetSOC: "11-9041.00"}, Sources: []string{"s"},
			AdvancementTo: []role.Ref{{Role: "head", Sources: []string{"s"}}}},
		{ID: "head", Title: "Head", Codes: role.Codes{ISCO08: "1330"}},
		{ID: "twin-a", Title: "Twin A", Codes: role.Codes{ONetSOC: "15-1121.00"}},
		{ID: "twin-b", Title: "Twin B", Codes: role.Codes{ONetSOC: "15-1121.00"}},
	}})
	require.NoError(t, err)
	other, err := rolemodel.Build(rolemodel.Parts{
		Sources: []role.Source{{ID: "s", Title: "Another S"}, {ID: "o", Title: "O"}},
		Roles: []role.Role{
			{ID: "x", Title: "Engineering Managers", Aliases: []string{"team lead"}, Codes: role.Codes{ONetSOC: "11-9041.00", ISCO08: "1321"},
				Transitions: []role.Move{{To: "y", Kind: "lateral", Index: 2, Sources: []string{"o"}}}},
			{ID: "y", Title: "Analysts", Codes: role.Codes{ONetSOC: "15-1121.00"},
				Transitions: []role.Move{{To: "x", Kind: "advancement", Index: 1, Sources: []string{"o"}}}},
			{ID: "z", Title: "Heads", Codes: role.Codes{ISCO08: "1330"}},
		},
	})
	require.NoError(t, err)
	m, err := rolemodel.Merge(base, other)
	require.NoError(t, err)

	lead, _ := m.Role("lead")
	assert.Equal(t, []string{"Engineering Managers"}, lead.Aliases, "a name the base role has is not repeated")
	assert.Equal(t, "1321", lead.Codes.ISCO08, "codes the base role lacks are filled")
	_, ok := m.Role("y")
	assert.True(t, ok, "a code two base roles share joins nothing")
	_, ok = m.Role("z")
	assert.True(t, ok, "ISCO-08 groups join nothing")
	s, _ := m.Source("s")
	assert.Equal(t, "S", s.Title, "base's entry wins")

	var got []string
	for tr := range m.Transitions() {
		got = append(got, string(tr.From)+">"+string(tr.To)+" "+tr.Kind.String())
	}
	assert.Equal(t, []string{"lead>head advancement", "lead>y lateral", "y>lead advancement"}, got)

	// Roles with the same ID that no code joins are an error, and no
	// catalog is returned.
	clash, err := rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "head", Title: "Another Head"}}})
	require.NoError(t, err)
	m, err = rolemodel.Merge(base, clash)
	assert.ErrorIs(t, err, rolemodel.ErrDuplicate)
	assert.Nil(t, m)

	// Nil catalogs are empty ones.
	m, err = rolemodel.Merge(nil, base)
	require.NoError(t, err)
	assert.Equal(t, 4, m.NumRoles())
}

const mine = `
roles:
  - id: cto
    title: Chief Technology Officer (ours)
  - id: head-of-platform
    title: Head of Platform
    advancement_to: [{role: cto}]
`

func TestMergeConflictNamesBoth(t *testing.T) {
	c, err := rolemodel.Load(strings.NewReader(mine))
	require.NoError(t, err)
	_, err = rolemodel.Merge(c, rolemodel.Default())
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	require.ErrorIs(t, err, rolemodel.ErrDuplicate)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, `github.com/rolemodel/rolemodel/catalog/related-roles.yaml:154:5: roles[cto]: both catalogs define role "cto", differently (first in "title"; base: "Chief Technology Officer (ours)"; other: "Chief Technology Officer"), defined at github.com/rolemodel/rolemodel/catalog/related-roles.yaml:154:5 in the other catalog: join the two with SameAs, or give one catalog's IDs a prefix with PrefixIDs`, ve.Problems[0].String(),
		"the embedded catalog's files are named by their path in the module; a catalog read from no file has no place")
}

func TestMergePrefixIDs(t *testing.T) {
	c, err := rolemodel.Load(strings.NewReader(mine))
	require.NoError(t, err)
	m, err := rolemodel.Merge(c, rolemodel.Default(), rolemodel.PrefixIDs("default-"))
	require.NoError(t, err)
	assert.Equal(t, c.NumRoles()+rolemodel.Default().NumRoles(), m.NumRoles())
	td, ok := m.Role("default-technology-director")
	require.True(t, ok)
	assert.Equal(t, "Technology Director", td.Title)
	for _, ref := range td.AdvancementTo {
		assert.True(t, strings.HasPrefix(string(ref.Role), "default-"), "references follow the prefix: %s", ref.Role)
	}
	_, err = m.Graph().ShortestPath("default-it-manager", "default-cto")
	require.NoError(t, err)
	_, err = rolemodel.Merge(c, rolemodel.Default(), rolemodel.PrefixIDs("Not A Slug"))
	require.ErrorIs(t, err, rolemodel.ErrInvalidValue)
}

func TestMergeSameAs(t *testing.T) {
	c, err := rolemodel.Load(strings.NewReader(mine))
	require.NoError(t, err)
	m, err := rolemodel.Merge(c, rolemodel.Default(), rolemodel.SameAs(map[role.ID]role.ID{"cto": "cto"}))
	require.NoError(t, err)
	cto, ok := m.Role("cto")
	require.True(t, ok)
	assert.Equal(t, "Chief Technology Officer (ours)", cto.Title, "base keeps its title")
	assert.Contains(t, cto.Aliases, "Chief Technology Officer")
	p, err := m.Graph().ShortestPath("head-of-platform", "cto")
	require.NoError(t, err)
	assert.Equal(t, 1, p.Moves())
	p, err = m.Graph().ShortestPath("technology-director", "cto")
	require.NoError(t, err, "the default catalog's moves now reach our CTO")

	_, err = rolemodel.Merge(c, rolemodel.Default(), rolemodel.SameAs(map[role.ID]role.ID{"nobody": "cto"}))
	require.ErrorIs(t, err, rolemodel.ErrReference)
	assert.Contains(t, err.Error(), `SameAs names role "nobody", which the other catalog does not have`)
}

// Merging what a catalog already holds changes nothing.
func TestMergeIdempotent(t *testing.T) {
	d := rolemodel.Default()
	m, err := rolemodel.Merge(d, d)
	require.NoError(t, err)
	want, _ := d.MarshalJSON()
	got, _ := m.MarshalJSON()
	assert.JSONEq(t, string(want), string(got))

	o, err := onet.LoadDir(onet20)
	require.NoError(t, err)
	once, err := rolemodel.Merge(d, o)
	require.NoError(t, err)
	twice, err := rolemodel.Merge(once, o)
	require.NoError(t, err)
	a, _ := once.MarshalJSON()
	b, _ := twice.MarshalJSON()
	assert.JSONEq(t, string(a), string(b))
	// The other way round: O*NET's 11-3021.00 takes in the default
	// catalog's Technology Director, whose neighbours' moves then lead to
	// 11-3021-00; merging the default catalog again finds them equal once
	// their moves are read so (issue 14.7).
	od, err := rolemodel.Merge(o, d)
	require.NoError(t, err)
	odd, err := rolemodel.Merge(od, d)
	require.NoError(t, err)
	a, _ = od.MarshalJSON()
	b, _ = odd.MarshalJSON()
	assert.JSONEq(t, string(a), string(b))
	oo, err := rolemodel.Merge(o, o)
	require.NoError(t, err)
	a, _ = o.MarshalJSON()
	b, _ = oo.MarshalJSON()
	assert.JSONEq(t, string(a), string(b))
}

// A conflict between catalogs read from files names both definitions'
// file, line and column, and is located at the other catalog's.
func TestMergeConflictLocated(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	b := filepath.Join(dir, "b.yaml")
	require.NoError(t, os.WriteFile(a, []byte("families:\n  - {id: eng, title: Engineering}\nroles:\n  - id: cto\n    title: Chief Technology Officer (ours)\n"), 0o600))
	require.NoError(t, os.WriteFile(b, []byte("# theirs\nfamilies:\n  - {id: eng, title: Engineers}\nroles:\n  - {id: dev, title: Developer}\n  - {id: cto, title: CTO}\n"), 0o600))
	ca, err := rolemodel.LoadFile(a)
	require.NoError(t, err)
	cb, err := rolemodel.LoadFile(b)
	require.NoError(t, err)
	_, err = rolemodel.Merge(ca, cb)
	var ve *rolemodel.ValidationError
	require.ErrorAs(t, err, &ve)
	require.ErrorIs(t, err, rolemodel.ErrDuplicate)
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.String())
	}
	assert.ElementsMatch(t, []string{
		b + `:6:5: roles[cto]: both catalogs define role "cto", differently (first in "title"; base: "Chief Technology Officer (ours)"; other: "CTO"), defined at ` + a + `:4:5 and ` + b + `:6:5: join the two with SameAs, or give one catalog's IDs a prefix with PrefixIDs`,
		b + `:3:5: families[eng]: both catalogs define family "eng", differently (first in "title"; base: "Engineering"; other: "Engineers"), defined at ` + a + `:2:5 and ` + b + `:3:5: join the two with SameAs, or give one catalog's IDs a prefix with PrefixIDs`,
	}, got)

	// The merged catalog keeps the places: a later merge names them too,
	// and PrefixIDs finds the other's definition under its prefixed ID.
	c := filepath.Join(dir, "c.yaml")
	require.NoError(t, os.WriteFile(c, []byte("roles:\n  - {id: dev, title: Developer II}\n"), 0o600))
	cc, err := rolemodel.LoadFile(c)
	require.NoError(t, err)
	ab, err := rolemodel.Merge(ca, cb, rolemodel.PrefixIDs("b-"))
	require.NoError(t, err)
	_, err = rolemodel.Merge(cc, ab, rolemodel.PrefixIDs("x-"))
	require.NoError(t, err)
	_, err = rolemodel.Merge(ab, cc, rolemodel.PrefixIDs("b-"))
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, c+`:2:5: roles[b-dev]: both catalogs define role "b-dev", differently (first in "title"; base: "Developer"; other: "Developer II"), defined at `+b+`:5:5 and `+c+`:2:5: join the two with SameAs, or give one catalog's IDs a prefix with PrefixIDs`, ve.Problems[0].String())
}
