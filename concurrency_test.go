package rolemodel_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/esco"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/schemaorg"
	"github.com/rolemodel/rolemodel/skill"
)

// workload is one round of every read a program does, on a catalog with the
// default roles (the default catalog, or one merged with O*NET), and on an
// ESCO hierarchy. It returns a transcript of every answer, which must be
// the same in every goroutine and every round as when run alone.
func workload(c *rolemodel.Catalog, h *esco.Hierarchy, i int) (string, error) {
	var b strings.Builder
	say := func(v ...any) { fmt.Fprintln(&b, v...) }
	p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Level(1 + i%5)}}}
	r, ok := c.Lookup("IT Director")
	say(r.ID, ok, len(c.LookupAll("CTO")), c.Similar("IT Directr", 3), c.NumRoles())
	r.Aliases[0] = "scribbled" // the caller's copy
	f, err := c.Find("cto")
	say(f.ID, err)
	for r := range c.Roles() {
		say(r.ID, len(r.Aliases))
	}
	for s := range c.Skills() {
		say(s.ID)
	}
	for ce := range c.Certifications() {
		say(ce.ID)
	}
	for s := range c.Sources() {
		say(s.ID)
	}
	for t := range c.Transitions() {
		say(t, c.TransitionSources(t))
	}
	s, _ := c.Skill("change-management")
	ce, _ := c.Certification("pmp")
	src, _ := c.Source("key-responsibilities-technology-director")
	say(s.Name, ce.Name, src.Title)
	g := c.Graph()
	say(g.Title("technology-director"), g.Len(), g.Size())
	for t := range g.From("technology-director") {
		say(t)
	}
	for t := range g.To("technology-director") {
		say(t)
	}
	path, err := g.ShortestPath("senior-it-manager", "cto")
	say(path, err)
	byIndex := career.WeightBy(func(t career.Transition) float64 { return 1 + t.Index })
	path, err = g.ShortestPath("it-manager", "cio", byIndex)
	say(path, path.Cost(), err)
	paths, err := g.KShortestPaths("it-manager", "cio", 3, career.OnlyKinds(career.Entry, career.Advancement))
	say(paths, err)
	for id, moves := range g.Reachable("technology-director", career.MaxMoves(2)) {
		say(id, moves)
	}
	if err := g.WriteMermaid(&b, career.Around("technology-director", 1), career.Highlight(path)); err != nil {
		return "", err
	}
	if err := g.WriteDOT(&b, career.Around("cto", 1)); err != nil {
		return "", err
	}
	gap, err := c.Gap(p, "technology-director")
	say(gap.Readiness(), len(gap.Missing), len(gap.Short), len(gap.Met), err)
	plan, err := c.Plan(p, "senior-it-manager", "cto", c.ByGap(p))
	say(plan.Path, len(plan.Steps), err)
	next, err := c.NextSteps(p, "technology-director", 3)
	say(len(next), err)
	diff, err := c.Compare("senior-it-manager", "technology-director")
	say(len(diff.SkillsAdded), err)
	ld, err := schemaorg.Marshal(c, "technology-director")
	say(len(ld), err)
	data, err := c.MarshalJSON()
	say(len(data), err)
	for grp := range h.Groups() {
		say(grp.Code, grp.Label, h.Broader(grp.URI), h.Narrower(grp.URI))
		for a := range h.Ancestors(grp.URI) {
			say(a)
		}
	}
	return b.String(), nil
}

// TestStress runs the workload from many goroutines at once on the shared
// default catalog and on a catalog merged with O*NET, with every goroutine
// starting at Default() itself. Under -race it shows every read path is
// safe for concurrent use; every round's transcript of answers must equal
// the one computed alone.
func TestStress(t *testing.T) {
	imported, err := onet.LoadDir(onet20)
	require.NoError(t, err)
	merged, err := rolemodel.Merge(rolemodel.Default(), imported)
	require.NoError(t, err)
	before, _ := merged.MarshalJSON()

	goroutines, rounds := 64, 3
	if testing.Short() {
		rounds = 1
	}
	var ops atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	start := time.Now()
	hier, err := esco.ReadHierarchy(os.DirFS("esco/testdata/v1.1"))
	require.NoError(t, err)
	// The answers when run alone, for each catalog and each profile level.
	want := map[*rolemodel.Catalog][]string{}
	for _, c := range []*rolemodel.Catalog{rolemodel.Default(), merged} {
		for i := range 5 {
			w, err := workload(c, hier, i)
			require.NoError(t, err)
			want[c] = append(want[c], w)
		}
	}
	for i := range goroutines {
		wg.Go(func() {
			for k := range rounds {
				c := rolemodel.Default()
				if (i+k)%2 == 1 {
					c = merged
				}
				got, err := workload(c, hier, i+k)
				if err == nil && got != want[c][(i+k)%5] {
					err = fmt.Errorf("goroutine %d, round %d: an answer differs from the one given alone", i, k)
				}
				if err != nil {
					errs <- err
					return
				}
				ops.Add(1)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	t.Logf("%d goroutines, %d rounds of the workload in %v", goroutines, ops.Load(), time.Since(start))
	after, _ := merged.MarshalJSON()
	require.True(t, bytes.Equal(before, after), "the merged catalog changed")
	r, _ := rolemodel.Default().Role("technology-director")
	require.Equal(t, "Director of Technology", r.Aliases[0])
}

// BenchmarkWorkloadParallel runs the workload on all CPUs at once, the
// figure RELIABILITY.md quotes for the stress load.
func BenchmarkWorkloadParallel(b *testing.B) {
	c := rolemodel.Default()
	hier, err := esco.ReadHierarchy(os.DirFS("esco/testdata/v1.1"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := workload(c, hier, i); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}
