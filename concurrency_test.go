package rolemodel_test

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/schemaorg"
	"github.com/rolemodel/rolemodel/skill"
)

// workload is one round of every read a program does, on a catalog with the
// default roles (the default catalog, or one merged with O*NET). It
// returns the first wrong answer.
func workload(c *rolemodel.Catalog, i int) error {
	p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Level(1 + i%5)}}}
	if r, ok := c.Lookup("IT Director"); !ok || r.ID != "technology-director" {
		return fmt.Errorf("Lookup: %v %v", r.ID, ok)
	}
	r, _ := c.Role("technology-director")
	r.Aliases[0] = "scribbled" // the caller's copy
	if _, err := c.Find("cto"); err != nil {
		return err
	}
	n := 0
	for range c.Roles() {
		n++
	}
	if n != c.NumRoles() {
		return fmt.Errorf("Roles gave %d of %d", n, c.NumRoles())
	}
	g := c.Graph()
	path, err := g.ShortestPath("senior-it-manager", "cto")
	if err != nil || path.String() != "Senior IT Manager → Technology Director → Chief Technology Officer" {
		return fmt.Errorf("ShortestPath: %v %v", path, err)
	}
	byIndex := career.WeightBy(func(t career.Transition) float64 { return 1 + t.Index })
	if _, err := g.ShortestPath("it-manager", "cio", byIndex); err != nil {
		return err
	}
	if _, err := g.KShortestPaths("it-manager", "cio", 3, career.OnlyKinds(career.Entry, career.Advancement)); err != nil {
		return err
	}
	for range g.Reachable("technology-director", career.MaxMoves(2)) {
	}
	if _, err := c.Gap(p, "technology-director"); err != nil {
		return err
	}
	if _, err := c.Plan(p, "senior-it-manager", "cto", c.ByGap(p)); err != nil {
		return err
	}
	if _, err := c.NextSteps(p, "technology-director", 3); err != nil {
		return err
	}
	if _, err := c.Compare("senior-it-manager", "technology-director"); err != nil {
		return err
	}
	if _, err := schemaorg.Marshal(c, "technology-director"); err != nil {
		return err
	}
	return nil
}

// TestStress runs the workload from many goroutines at once on the shared
// default catalog and on a catalog merged with O*NET, with every goroutine
// starting at Default() itself. Under -race it shows every read path is
// safe for concurrent use; the answers are checked on every round.
func TestStress(t *testing.T) {
	imported, err := onet.LoadDir(onet20)
	require.NoError(t, err)
	merged, err := rolemodel.Merge(rolemodel.Default(), imported)
	require.NoError(t, err)
	before, _ := merged.MarshalJSON()

	goroutines, rounds := 64, 15
	if testing.Short() {
		rounds = 5
	}
	var ops atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	start := time.Now()
	for i := range goroutines {
		wg.Go(func() {
			for k := range rounds {
				c := rolemodel.Default()
				if (i+k)%2 == 1 {
					c = merged
				}
				if err := workload(c, i+k); err != nil {
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
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if err := workload(c, i); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}
