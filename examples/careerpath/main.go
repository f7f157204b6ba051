// Command careerpath answers career-path questions on the embedded default
// catalog, or on your own: the shortest path between two roles, the k best
// alternatives, the path without lateral moves, and the lateral moves open
// from the starting role.
//
//	go run ./examples/careerpath
//	go run ./examples/careerpath -from "IT Manager" -to CIO -k 2
//	go run ./examples/careerpath -format mermaid
//	go run ./examples/careerpath -catalog testdata/ladder.yaml -from "Software Engineer I" -to "Director of Engineering"
//
// Roles are given by title or alias, in any case. An unknown title is an
// error naming close matches, with exit status 2.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
)

type options struct {
	catalog   string
	from, to  string
	k         int
	noLateral bool
	format    string
}

func main() {
	var o options
	flag.StringVar(&o.catalog, "catalog", "", "a catalog file or folder (JSON or YAML) to use instead of the embedded catalog")
	flag.StringVar(&o.from, "from", "Senior IT Manager", "the role to start from (title or alias)")
	flag.StringVar(&o.to, "to", "Chief Technology Officer", "the role to reach (title or alias)")
	flag.IntVar(&o.k, "k", 3, "how many alternative paths to list")
	flag.BoolVar(&o.noLateral, "no-lateral", false, "exclude lateral moves from every path")
	flag.StringVar(&o.format, "format", "text", "output format: text, dot or mermaid")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "%s\n\nUsage: go run ./examples/careerpath [flags]\n", "careerpath answers career-path questions on the embedded catalog or your own: shortest and k best paths, the path without lateral moves, and the lateral moves open from the starting role.")
		flag.PrintDefaults()
	}
	flag.Parse()
	c, err := load(o.catalog)
	if err != nil {
		fmt.Fprintln(os.Stderr, "careerpath:", err)
		os.Exit(2)
	}
	if err := run(os.Stdout, c, o); err != nil {
		fmt.Fprintln(os.Stderr, "careerpath:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, c *rolemodel.Catalog, o options) error {
	from, err := c.Find(o.from)
	if err != nil {
		return err
	}
	to, err := c.Find(o.to)
	if err != nil {
		return err
	}
	if o.k < 1 {
		return fmt.Errorf("-k %d: expected 1 or more", o.k)
	}
	var opts []career.Option
	if o.noLateral {
		opts = append(opts, career.OnlyKinds(career.Entry, career.Advancement))
	}
	g := c.Graph()
	best, err := g.ShortestPath(from.ID, to.ID, opts...)
	if err != nil {
		return fmt.Errorf("%s to %s: %w", from.Title, to.Title, err)
	}
	switch o.format {
	case "dot":
		return g.WriteDOT(w, career.Highlight(best))
	case "mermaid":
		return g.WriteMermaid(w, career.Highlight(best))
	case "text":
	default:
		return fmt.Errorf("-format %q: expected text, dot or mermaid", o.format)
	}

	moves := "moves"
	if best.Moves() == 1 {
		moves = "move"
	}
	fmt.Fprintf(w, "Shortest path from %s to %s (%d %s):\n  %s\n", from.Title, to.Title, best.Moves(), moves, best)
	for _, t := range best.Steps() {
		fmt.Fprintf(w, "    %-12s %s → %s%s\n", t.Kind, g.Title(t.From), g.Title(t.To), sources(c, t))
	}

	paths, err := g.KShortestPaths(from.ID, to.ID, o.k, opts...)
	if err != nil {
		return err
	}
	if len(paths) < o.k {
		fmt.Fprintf(w, "\nThe best paths (k=%d; the catalog has only %d):\n", o.k, len(paths))
	} else {
		fmt.Fprintf(w, "\nThe %d best paths:\n", len(paths))
	}
	for i, p := range paths {
		fmt.Fprintf(w, "  %d. %s\n", i+1, p)
	}

	noLat, err := g.ShortestPath(from.ID, to.ID, career.OnlyKinds(career.Entry, career.Advancement))
	fmt.Fprintf(w, "\nWithout lateral moves:\n")
	if err != nil {
		fmt.Fprintf(w, "  none\n")
	} else {
		fmt.Fprintf(w, "  %s\n", noLat)
	}

	fmt.Fprintf(w, "\nLateral moves open from %s:\n", from.Title)
	n := 0
	for t := range g.From(from.ID) {
		if t.Kind == career.Lateral {
			fmt.Fprintf(w, "  %-36s%s\n", g.Title(t.To), sources(c, t))
			n++
		}
	}
	if n == 0 {
		fmt.Fprintf(w, "  none in the catalog\n")
	}
	return nil
}

// load returns the embedded catalog, or the catalog in the named file or
// folder.
func load(name string) (*rolemodel.Catalog, error) {
	if name == "" {
		return rolemodel.Default(), nil
	}
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return rolemodel.LoadFS(os.DirFS(name))
	}
	return rolemodel.LoadFile(name)
}

// sources names the documents that state a move, in brackets after two
// spaces; nothing for a move no source states (a company's own catalog).
func sources(c *rolemodel.Catalog, t career.Transition) string {
	var titles []string
	for _, id := range c.TransitionSources(t) {
		s, _ := c.Source(id)
		titles = append(titles, s.Title)
	}
	if len(titles) == 0 {
		return ""
	}
	return "  (" + strings.Join(titles, "; ") + ")"
}
