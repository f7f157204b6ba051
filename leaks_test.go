package rolemodel_test

import (
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/schemaorg"
	"github.com/rolemodel/rolemodel/skill"
)

// scribble changes everything a caller can reach from v: every string,
// number and bool, every element of every slice and array, every value of
// every map, through pointers. It returns how many values it changed.
func scribble(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return 0
		}
		return scribble(v.Elem())
	case reflect.Slice, reflect.Array:
		n := 0
		for i := range v.Len() {
			n += scribble(v.Index(i))
		}
		return n
	case reflect.Map:
		n := 0
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			n += scribble(e)
			v.SetMapIndex(k, e)
		}
		return n
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				n += scribble(v.Field(i))
			}
		}
		return n
	}
	if !v.CanSet() {
		return 0
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "!")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(v.Int() ^ 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(v.Uint() ^ 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	default:
		return 0
	}
	return 1
}

// snapshot is everything another caller could read from a catalog.
func snapshot(t *testing.T, c *rolemodel.Catalog) string {
	t.Helper()
	var b strings.Builder
	data, err := json.Marshal(c)
	require.NoError(t, err)
	b.Write(data)
	g := c.Graph()
	for tr := range c.Transitions() {
		fmt.Fprintln(&b, tr, c.TransitionSources(tr))
	}
	for id := range g.Roles() {
		fmt.Fprintln(&b, id, g.Title(id))
		for tr := range g.From(id) {
			fmt.Fprintln(&b, tr, tr.Years, tr.Index)
		}
	}
	return b.String()
}

func collect[T any](seq iter.Seq[T]) []T { return slices.Collect(seq) }

// hierarchyAnswers is everything a caller can read from an ESCO hierarchy.
func hierarchyAnswers(h *esco.Hierarchy) string {
	var b strings.Builder
	for g := range h.Groups() {
		fmt.Fprintln(&b, g, h.Broader(g.URI), h.Narrower(g.URI), collect(h.Ancestors(g.URI)))
		x, _ := h.Group(g.Code)
		y, _ := h.GroupByURI(g.URI)
		z, _ := h.ISCOGroup(g.URI)
		fmt.Fprintln(&b, x, y, z)
	}
	return b.String()
}

// TestNoMutationLeaksHierarchy does the same for an ESCO hierarchy.
func TestNoMutationLeaksHierarchy(t *testing.T) {
	h, err := esco.ReadHierarchy(os.DirFS("esco/testdata/v1.1"))
	require.NoError(t, err)
	before := hierarchyAnswers(h)
	n := 0
	for g := range h.Groups() {
		x, _ := h.Group(g.Code)
		y, _ := h.GroupByURI(g.URI)
		for _, v := range []any{&g, &x, &y, h.Broader(g.URI), h.Narrower(g.URI), collect(h.Ancestors(g.URI))} {
			n += scribble(reflect.ValueOf(v))
		}
	}
	assert.Greater(t, n, 10)
	assert.Equal(t, before, hierarchyAnswers(h))
}

// TestNoMutationLeaks takes every value the catalog, its graph and the
// JSON-LD export hand out, changes everything reachable in it, and checks
// that no other caller sees a difference.
func TestNoMutationLeaks(t *testing.T) {
	imported, err := onet.LoadDir(onet20)
	require.NoError(t, err)
	merged, err := rolemodel.Merge(rolemodel.Default(), imported)
	require.NoError(t, err)
	for name, c := range map[string]*rolemodel.Catalog{"default": rolemodel.Default(), "merged with O*NET": merged} {
		t.Run(name, func(t *testing.T) {
			before := snapshot(t, c)
			g := c.Graph()
			p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Advanced}}, Certifications: []skill.CertificationID{"pmp"}}
			path, err := g.ShortestPath("senior-it-manager", "cto")
			require.NoError(t, err)
			paths, err := g.KShortestPaths("it-manager", "cio", 3)
			require.NoError(t, err)
			ld, err := schemaorg.NewOccupation(c, "technology-director")
			require.NoError(t, err)
			ldBefore, _ := json.Marshal(ld)

			var got []any
			add := func(vs ...any) { got = append(got, vs...) }
			r, _ := c.Role("technology-director")
			l, _ := c.Lookup("IT Director")
			f, _ := c.Find("CTO")
			s, _ := c.Skill("change-management")
			ce, _ := c.Certification("pmp")
			src, _ := c.Source("key-responsibilities-technology-director")
			add(&r, &l, &f, &s, &ce, &src, c.LookupAll("IT Director"), collect(c.Roles()), collect(c.Skills()),
				collect(c.Certifications()), collect(c.Sources()), collect(c.Transitions()), c.Similar("IT Directr", 3))
			for tr := range c.Transitions() {
				add(c.TransitionSources(tr))
			}
			gap, err := c.Gap(p, "technology-director")
			require.NoError(t, err)
			diff, err := c.Compare("senior-it-manager", "technology-director")
			require.NoError(t, err)
			plan, err := c.Plan(p, "senior-it-manager", "cto", c.ByGap(p))
			require.NoError(t, err)
			next, err := c.NextSteps(p, "technology-director", 3)
			require.NoError(t, err)
			add(&gap, &diff, &plan, next, path.Roles(), path.Steps(), paths, collect(g.Roles()), collect(g.Transitions()),
				collect(g.From("technology-director")), collect(g.To("technology-director")))
			for _, q := range paths {
				add(q.Roles(), q.Steps())
			}
			add(&ld)

			n := 0
			for _, v := range got {
				n += scribble(reflect.ValueOf(v))
			}
			assert.Greater(t, n, 1000, "values changed")

			assert.Equal(t, before, snapshot(t, c), "a caller's changes reached the catalog")
			again, err := g.ShortestPath("senior-it-manager", "cto")
			require.NoError(t, err)
			assert.Equal(t, "Senior IT Manager → Technology Director → Chief Technology Officer", again.String())
			again2, err := g.KShortestPaths("it-manager", "cio", 3)
			require.NoError(t, err)
			assert.Len(t, again2, len(paths))
			ld2, err := schemaorg.NewOccupation(c, "technology-director")
			require.NoError(t, err)
			ldAfter, _ := json.Marshal(ld2)
			assert.Equal(t, string(ldBefore), string(ldAfter), "the export shares nothing with an earlier export")
		})
	}
}
