// Command careerpath prints a role from the embedded default catalog and
// the career moves around it: where people come from, where they advance
// to, and the lateral moves open to them, each with its sources.
//
//	go run ./examples/careerpath
//	go run ./examples/careerpath -role "Chief Technology Officer"
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

func main() {
	title := flag.String("role", "Technology Director", "a role's title or alias (case-insensitive)")
	flag.Parse()
	if err := run(os.Stdout, rolemodel.Default(), *title); err != nil {
		fmt.Fprintln(os.Stderr, "careerpath:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, c *rolemodel.Catalog, title string) error {
	r, ok := c.Lookup(title)
	if !ok {
		return fmt.Errorf("no role is called %q", title)
	}
	fmt.Fprintf(w, "%s (%s, %s track)\n", r.Title, r.Level, r.Track)
	if len(r.Aliases) > 0 {
		fmt.Fprintf(w, "  also called: %s\n", strings.Join(r.Aliases, ", "))
	}
	g := c.Graph()
	list := func(heading string, ts []career.Transition, other func(career.Transition) role.ID) {
		if len(ts) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s\n", heading)
		for _, t := range ts {
			var cites []string
			for _, id := range c.TransitionSources(t) {
				s, _ := c.Source(id)
				cites = append(cites, s.Title)
			}
			fmt.Fprintf(w, "  %-40s [%s]\n", g.Title(other(t)), strings.Join(cites, "; "))
		}
	}
	in := slices.Collect(g.To(r.ID))
	var adv, lat, entry []career.Transition
	for t := range g.From(r.ID) {
		switch t.Kind {
		case career.Advancement:
			adv = append(adv, t)
		case career.Lateral:
			lat = append(lat, t)
		case career.Entry:
			entry = append(entry, t)
		}
	}
	from := func(t career.Transition) role.ID { return t.From }
	to := func(t career.Transition) role.ID { return t.To }
	list("Entry point from:", in, from)
	list("Advancement to:", adv, to)
	list("Lateral moves:", lat, to)
	list("Entry point into:", entry, to)
	for _, ref := range r.ReportsTo {
		fmt.Fprintf(w, "\nReports to: %s\n", g.Title(ref.Role))
	}
	return nil
}
