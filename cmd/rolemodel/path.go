package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

var cmdPath = &command{
	name:  "path",
	args:  "[-k N] [-no-lateral] [-max-moves N] [-weight years|index] [-json] [catalog flags] FROM TO",
	short: "find the shortest career paths from one role to another",
	json:  true,
	long: `Path finds the career path with the fewest moves from role FROM to role TO,
and with -k the k best paths, each with its moves (entry, advancement or
lateral). Roles are IDs, titles or aliases in any case, or O*NET-SOC codes.

-no-lateral leaves out lateral moves, -max-moves caps the moves of a path,
and -weight finds the path of least total weight instead of fewest moves:
years is the typical time before each move, index a source's relatedness
index (O*NET's, where 1 is the closest relation, works as a cost as it is).
A move without the weight counts 0, and the output says how many the path
has.

The exit status is 1 when no path leads from FROM to TO.
`,
	opts: func() options { return &pathOpts{} },
}

type pathOpts struct {
	k         int
	noLateral bool
	maxMoves  int
	weight    string
}

func (o *pathOpts) register(fs *flag.FlagSet) {
	fs.IntVar(&o.k, "k", 1, "list the `n` best paths")
	fs.BoolVar(&o.noLateral, "no-lateral", false, "leave out lateral moves")
	fs.IntVar(&o.maxMoves, "max-moves", 0, "at most `n` moves per path (0: no limit)")
	fs.StringVar(&o.weight, "weight", "", "least total `weight` instead of fewest moves: years or index")
}

// queryOptions turns the flags into career options; the weight's name
// and its function come back for reporting.
func queryOptions(c *rolemodel.Catalog, noLateral bool, maxMoves int, weight string) ([]career.Option, func(career.Transition) float64, error) {
	var opts []career.Option
	if noLateral {
		opts = append(opts, career.OnlyKinds(career.Entry, career.Advancement))
	}
	if maxMoves < 0 {
		return nil, nil, fmt.Errorf("-max-moves %d: expected 0 (no limit) or more", maxMoves)
	}
	if maxMoves > 0 {
		opts = append(opts, career.MaxMoves(maxMoves))
	}
	var w func(career.Transition) float64
	var byWeight career.Option
	switch weight {
	case "":
	case "years":
		w, byWeight = func(t career.Transition) float64 { return t.Years }, career.WeightByYears()
	case "index":
		w, byWeight = func(t career.Transition) float64 { return t.Index }, career.WeightByIndex()
	default:
		return nil, nil, fmt.Errorf("-weight %q: expected years or index", weight)
	}
	if w != nil {
		any := false
		for t := range c.Transitions() {
			if w(t) != 0 {
				any = true
				break
			}
		}
		if !any {
			return nil, nil, fmt.Errorf("-weight %s: no move of the catalog records %s", weight, weight)
		}
		opts = append(opts, byWeight)
	}
	return opts, w, nil
}

type pathResult struct {
	From   ref        `json:"from"`
	To     ref        `json:"to"`
	Weight string     `json:"weight,omitempty"` // years or index; empty for fewest moves
	Paths  []pathJSON `json:"paths"`
}

type pathJSON struct {
	Moves int        `json:"moves"`
	Cost  float64    `json:"cost"` // moves, or the total weight
	Roles []ref      `json:"roles"`
	Steps []stepJSON `json:"steps"`
	// Unweighted is the number of moves without the weight (counted 0).
	Unweighted int `json:"unweighted,omitempty"`
}

type stepJSON struct {
	From    role.ID  `json:"from"`
	To      role.ID  `json:"to"`
	Kind    string   `json:"kind"`
	Years   float64  `json:"years,omitempty"`
	Index   float64  `json:"index,omitempty"`
	Sources []string `json:"sources,omitempty"`
}

func (o *pathOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 2 {
		return usageError(e, c, "expected FROM and TO, got %d arguments", len(args))
	}
	if o.k < 1 {
		return usageError(e, c, "-k %d: expected 1 or more", o.k)
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	opts, w, err := queryOptions(cat, o.noLateral, o.maxMoves, o.weight)
	if err != nil {
		return usageError(e, c, "%s", err)
	}
	ends, err := resolveAll(cat, args[0], args[1])
	if err != nil {
		return fail(e, c, err)
	}
	from, to := ends[0], ends[1]
	g := cat.Graph()
	paths, err := g.KShortestPaths(from.ID, to.ID, o.k, opts...)
	var npe *career.NoPathError
	if err != nil && !errors.As(err, &npe) {
		return fail(e, c, err)
	}
	res := pathResult{From: refOf(cat, from.ID), To: refOf(cat, to.ID), Weight: o.weight, Paths: []pathJSON{}}
	for _, p := range paths {
		pj := pathJSON{Moves: p.Moves(), Cost: p.Cost()}
		for _, id := range p.Roles() {
			pj.Roles = append(pj.Roles, refOf(cat, id))
		}
		for _, t := range p.Steps() {
			pj.Steps = append(pj.Steps, stepJSON{From: t.From, To: t.To, Kind: t.Kind.String(), Years: t.Years, Index: t.Index, Sources: cat.TransitionSources(t)})
			if w != nil && w(t) == 0 {
				pj.Unweighted++
			}
		}
		res.Paths = append(res.Paths, pj)
	}
	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
	} else if len(paths) > 0 {
		writePaths(e, cat, res, paths)
		if len(paths) < o.k {
			fmt.Fprintf(e.stdout, "\n(%s asked for, %s)\n", plural(o.k, "path", "paths"), plural(len(paths), "path leads there", "paths lead there"))
		}
	}
	if len(paths) == 0 {
		fmt.Fprintf(e.stderr, "rolemodel path: no path from %s to %s%s\n", from.Title, to.Title, restrictions(o))
		return exitFindings
	}
	return exitOK
}

func restrictions(o *pathOpts) string {
	var r []string
	if o.noLateral {
		r = append(r, "without lateral moves")
	}
	if o.maxMoves > 0 {
		r = append(r, fmt.Sprintf("in at most %s", plural(o.maxMoves, "move", "moves")))
	}
	if len(r) == 0 {
		return ""
	}
	return " " + strings.Join(r, ", ")
}

func writePaths(e *env, c *rolemodel.Catalog, res pathResult, paths []career.Path) {
	g := c.Graph()
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		pj := res.Paths[i]
		head := plural(pj.Moves, "move", "moves")
		if res.Weight != "" {
			head += fmt.Sprintf(", %s %g", res.Weight, pj.Cost)
			if pj.Unweighted > 0 {
				head += fmt.Sprintf("; %s no %s recorded, counted 0", plural(pj.Unweighted, "move has", "moves have"), res.Weight)
			}
		}
		if len(paths) > 1 {
			fmt.Fprintf(e.stdout, "%d. ", i+1)
		}
		fmt.Fprintf(e.stdout, "%s (%s)\n", p, head)
		tw := table(e.stdout)
		for _, t := range p.Steps() {
			weights := ""
			if t.Years != 0 {
				weights += fmt.Sprintf("%g years", t.Years)
			}
			if t.Index != 0 {
				if weights != "" {
					weights += ", "
				}
				weights += fmt.Sprintf("index %g", t.Index)
			}
			fmt.Fprintf(tw, "  %s\t%s\t→ %s\t%s\n", t.Kind, g.Title(t.From), g.Title(t.To), weights)
		}
		tw.Flush()
	}
}

var cmdReach = &command{
	name:  "reach",
	args:  "[-moves N] [-no-lateral] [-json] [catalog flags] ROLE",
	short: "list the roles within a number of moves of a role",
	json:  true,
	long: `Reach lists every role a person in ROLE can reach in at most -moves moves,
nearest first, with the fewest moves to each.
`,
	opts: func() options { return &reachOpts{} },
}

type reachOpts struct {
	moves     int
	noLateral bool
}

func (o *reachOpts) register(fs *flag.FlagSet) {
	fs.IntVar(&o.moves, "moves", 2, "at most `n` moves")
	fs.BoolVar(&o.noLateral, "no-lateral", false, "leave out lateral moves")
}

type reachResult struct {
	From     ref         `json:"from"`
	MaxMoves int         `json:"max_moves"`
	Roles    []reachJSON `json:"roles"`
}

type reachJSON struct {
	ID    role.ID    `json:"id"`
	Title string     `json:"title"`
	Level role.Level `json:"level,omitzero"`
	Moves int        `json:"moves"`
}

func (o *reachOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 1 {
		return usageError(e, c, "expected one ROLE, got %d arguments", len(args))
	}
	if o.moves < 1 {
		return usageError(e, c, "-moves %d: expected 1 or more", o.moves)
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	opts, _, err := queryOptions(cat, o.noLateral, o.moves, "")
	if err != nil {
		return usageError(e, c, "%s", err)
	}
	from, err := resolve(cat, args[0])
	if err != nil {
		return fail(e, c, err)
	}
	res := reachResult{From: refOf(cat, from.ID), MaxMoves: o.moves, Roles: []reachJSON{}}
	for id, n := range cat.Graph().Reachable(from.ID, opts...) {
		if id == from.ID {
			continue
		}
		r, _ := cat.Role(id)
		res.Roles = append(res.Roles, reachJSON{ID: id, Title: r.Title, Level: r.Level, Moves: n})
	}
	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	fmt.Fprintf(e.stdout, "From %s, within %s: %s\n", from.Title, plural(o.moves, "move", "moves"), plural(len(res.Roles), "role", "roles"))
	if len(res.Roles) == 0 {
		return exitOK
	}
	tw := table(e.stdout)
	fmt.Fprintf(tw, "  moves\trole\tlevel\n")
	for _, r := range res.Roles {
		fmt.Fprintf(tw, "  %d\t%s\t%s\n", r.Moves, r.Title, r.Level)
	}
	tw.Flush()
	return exitOK
}
