// Command onetpaths answers career-path questions over every occupation of
// an O*NET release: the path with the fewest moves between two
// occupations, and the k paths whose moves are the most closely related by
// O*NET's own index.
//
//	go run ./examples/onetpaths
//	go run ./examples/onetpaths -from "Registered Nurses" -to "Medical and Health Services Managers"
//	go run ./examples/onetpaths -dir ../shared/data/onet-29.3 -k 5
//
// Without -dir it reads the copy of O*NET 20.3 built into the program
// (Occupation Data, Job Zones and the Career Changers and Career Starters
// matrices, from testdata/onet-20.3). Occupations are given by title or
// alternate title, in any case; an unknown or ambiguous title is an error
// with exit status 2.
//
// This program includes information from the O*NET Database by the U.S.
// Department of Labor, Employment and Training Administration (USDOL/ETA),
// used under the CC BY 4.0 license; modified.
package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/onet"
)

//go:embed testdata/onet-20.3
var builtin embed.FS

type options struct {
	dir      string
	from, to string
	k        int
}

func main() {
	var o options
	flag.StringVar(&o.dir, "dir", "", "the folder of an O*NET text release (default: the built-in copy of O*NET 20.3)")
	flag.StringVar(&o.from, "from", "Computer Systems Analysts", "the occupation to start from (title or alternate title)")
	flag.StringVar(&o.to, "to", "Computer and Information Systems Managers", "the occupation to reach")
	flag.IntVar(&o.k, "k", 3, "how many of the most related paths to list")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "%s\n\nUsage: go run ./examples/onetpaths [flags]\n", "onetpaths finds career paths between O*NET occupations: the fewest moves, and the k paths of the most related moves.")
		flag.PrintDefaults()
	}
	flag.Parse()
	c, err := load(o.dir)
	if err == nil {
		err = run(os.Stdout, c, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "onetpaths:", err)
		os.Exit(2)
	}
}

func load(dir string) (*rolemodel.Catalog, error) {
	if dir != "" {
		return onet.LoadDir(dir)
	}
	sub, err := fs.Sub(builtin, "testdata/onet-20.3")
	if err != nil {
		return nil, err
	}
	return onet.Load(sub)
}

func run(w io.Writer, c *rolemodel.Catalog, o options) error {
	if o.k < 1 {
		return fmt.Errorf("-k %d: expected 1 or more", o.k)
	}
	from, err := c.Find(o.from)
	if err != nil {
		return err
	}
	to, err := c.Find(o.to)
	if err != nil {
		return err
	}
	var src string
	for s := range c.Sources() {
		src = s.Title
		if s.Published != "" {
			src += " (" + s.Published + ")"
		}
	}
	n := 0
	for range c.Transitions() {
		n++
	}
	fmt.Fprintf(w, "%s: %d occupations, %d moves between related occupations.\n", src, c.NumRoles(), n)

	g := c.Graph()
	step := func(t career.Transition) {
		fmt.Fprintf(w, "      %-11s %s → %s  (index %g)\n", t.Kind, g.Title(t.From), g.Title(t.To), t.Index)
	}
	fewest, err := g.ShortestPath(from.ID, to.ID)
	if err != nil {
		return fmt.Errorf("%s to %s: %w", from.Title, to.Title, err)
	}
	fmt.Fprintf(w, "\nFewest moves from %s (%s) to %s (%s): %d\n", from.Title, from.Codes.ONetSOC, to.Title, to.Codes.ONetSOC, fewest.Moves())
	fmt.Fprintf(w, "  %s\n", fewest)
	for _, t := range fewest.Steps() {
		step(t)
	}

	// O*NET ranks each occupation's related occupations from index 1, the
	// most related, so the sum of the indices along a path is a cost that
	// prefers close moves to few ones.
	byIndex := career.WeightByIndex()
	paths, err := g.KShortestPaths(from.ID, to.ID, o.k, byIndex)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nThe %d most related paths (cost: the sum of O*NET's relatedness indices, 1 = most related):\n", len(paths))
	for i, p := range paths {
		fmt.Fprintf(w, "  %d. cost %g, %d moves: %s\n", i+1, p.Cost(), p.Moves(), p)
		for _, t := range p.Steps() {
			step(t)
		}
	}
	fmt.Fprintf(w, "\n%s\n", onet.Attribution)
	return nil
}
