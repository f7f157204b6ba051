package rolemodel

import (
	"errors"
	"sync"
	"testing"

	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/skill"
)

// TestConcurrentReads hits the shared default catalog from many goroutines
// at once, through every kind of read: run under -race, it proves the
// catalog and its graph are safe to share.
func TestConcurrentReads(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	p := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Advanced}}}
	for range 16 {
		wg.Go(func() {
			for range 50 {
				c := Default()
				r, ok := c.Lookup("IT Director")
				if !ok || r.ID != "technology-director" {
					errs <- errors.New("lookup failed")
					return
				}
				r.Aliases[0] = "scribbled" // a caller's copy: must not leak
				for range c.Roles() {
				}
				if _, err := c.Graph().ShortestPath("senior-it-manager", "cto"); err != nil {
					errs <- err
					return
				}
				if _, err := c.Graph().KShortestPaths("it-manager", "cio", 3, career.OnlyKinds(career.Entry, career.Advancement)); err != nil {
					errs <- err
					return
				}
				if _, err := c.Gap(p, "technology-director"); err != nil {
					errs <- err
					return
				}
				if _, err := c.Plan(p, "senior-it-manager", "cto", c.ByGap(p)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	r, _ := Default().Lookup("IT Director")
	if r.Aliases[0] != "Director of Technology" {
		t.Errorf("a caller's change leaked into the catalog: %q", r.Aliases[0])
	}
}
