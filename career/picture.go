package career

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/rolemodel/rolemodel/role"
)

// PictureOption selects what a picture shows.
type PictureOption func(*picture)

type picture struct {
	highlight Path
	around    role.ID
	radius    int
	hasAround bool
}

// Highlight draws path p in the picture's highlight style: its roles and
// moves stand out, and the rest of the graph is drawn as usual.
func Highlight(p Path) PictureOption {
	return func(c *picture) { c.highlight = p }
}

// Around limits the picture to the roles within n moves of id, following
// moves in either direction, and the moves between them.
func Around(id role.ID, n int) PictureOption {
	return func(c *picture) { c.around, c.radius, c.hasAround = id, n, true }
}

// selection decides which roles and edges a picture shows.
var errNilWriter = errors.New("career: no writer to draw to (nil io.Writer)")

// drawing is what both picture formats start from: the roles to draw, the
// highlighted roles and edges, and a buffered writer.
type drawing struct {
	keep  []bool
	nodes map[int32]bool
	edges map[int32]bool
	w     *bufio.Writer
}

// drawing checks w and the options and prepares a picture of g. A nil graph
// draws as an empty one.
func (g *Graph) drawing(w io.Writer, opts []PictureOption) (*Graph, drawing, error) {
	if w == nil {
		return nil, drawing{}, errNilWriter
	}
	if g == nil {
		g = new(Graph)
	}
	c, keep, err := g.selection(opts)
	if err != nil {
		return nil, drawing{}, err
	}
	hn, he := g.onPath(c.highlight)
	return g, drawing{keep: keep, nodes: hn, edges: he, w: bufio.NewWriter(w)}, nil
}

func (g *Graph) selection(opts []PictureOption) (picture, []bool, error) {
	var c picture
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	keep := make([]bool, len(g.ids))
	if !c.hasAround {
		for i := range keep {
			keep[i] = true
		}
		return c, keep, nil
	}
	if c.radius < 0 {
		return c, nil, &QueryError{What: "Around", Why: fmt.Sprintf("%d moves is out of range: expected 0 or more", c.radius)}
	}
	start, ok := g.lookup(c.around)
	if !ok {
		return c, nil, &RoleError{ID: c.around}
	}
	keep[start] = true
	cur := []int32{start}
	for d := 0; d < c.radius && len(cur) > 0; d++ {
		var next []int32
		for _, u := range cur {
			for e := g.outOff[u]; e < g.outOff[u+1]; e++ {
				if v := g.to[e]; !keep[v] {
					keep[v] = true
					next = append(next, v)
				}
			}
			for s := g.inOff[u]; s < g.inOff[u+1]; s++ {
				if v := g.inFrom[s]; !keep[v] {
					keep[v] = true
					next = append(next, v)
				}
			}
		}
		cur = next
	}
	return c, keep, nil
}

// drawnEdges yields (source role, edge) for every edge between two kept
// roles, in source, target and kind order.
func (g *Graph) drawnEdges(keep []bool) iter.Seq2[int32, int32] {
	return func(yield func(int32, int32) bool) {
		for f := range int32(len(g.ids)) {
			if !keep[f] {
				continue
			}
			for e := g.outOff[f]; e < g.outOff[f+1]; e++ {
				if keep[g.to[e]] && !yield(f, e) {
					return
				}
			}
		}
	}
}

// onPath reports which roles and edges the highlighted path uses.
func (g *Graph) onPath(p Path) (map[int32]bool, map[int32]bool) {
	nodes, edges := map[int32]bool{}, map[int32]bool{}
	if p.g != g {
		return nodes, edges
	}
	nodes[p.src] = true
	for _, e := range p.edges() {
		edges[e] = true
		nodes[g.to[e]] = true
	}
	return nodes, edges
}

// WriteDOT writes the graph as a Graphviz DOT digraph: roles as boxes
// labelled with their titles, advancement moves as bold arrows, lateral
// moves dashed and entry moves solid, each labelled with its kind; a
// highlighted path in red. Render it with `dot -Tsvg`. A nil w is an
// error.
func (g *Graph) WriteDOT(w io.Writer, opts ...PictureOption) error {
	g, d, err := g.drawing(w, opts)
	if err != nil {
		return err
	}
	keep, hn, he, bw := d.keep, d.nodes, d.edges, d.w
	fmt.Fprintln(bw, "digraph career {")
	fmt.Fprintln(bw, "\trankdir=LR;")
	fmt.Fprintln(bw, "\tnode [shape=box, style=rounded, fontname=\"Helvetica\"];")
	fmt.Fprintln(bw, "\tedge [fontname=\"Helvetica\", fontsize=10];")
	for i, id := range g.ids {
		if !keep[i] {
			continue
		}
		attr := ""
		if hn[int32(i)] {
			attr = ", color=red, penwidth=2"
		}
		fmt.Fprintf(bw, "\t%s [label=%s%s];\n", dotQuote(string(id)), dotQuote(g.Title(id)), attr)
	}
	for f, e := range g.drawnEdges(keep) {
		style := map[Kind]string{Entry: "solid", Advancement: "bold", Lateral: "dashed"}[g.kind[e]]
		attr := ""
		if he[e] {
			attr = ", color=red, penwidth=3"
		}
		fmt.Fprintf(bw, "\t%s -> %s [label=%q, style=%s%s];\n", dotQuote(string(g.ids[f])), dotQuote(string(g.ids[g.to[e]])), g.kind[e].String(), style, attr)
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// WriteMermaid writes the graph as a Mermaid flowchart, which GitHub renders
// inside a ```mermaid block of Markdown: roles labelled with their titles,
// advancement moves as thick arrows, lateral moves dotted and entry moves
// plain, each labelled with its kind; a highlighted path in red. A nil w is
// an error.
func (g *Graph) WriteMermaid(w io.Writer, opts ...PictureOption) error {
	g, d, err := g.drawing(w, opts)
	if err != nil {
		return err
	}
	keep, hn, he, bw := d.keep, d.nodes, d.edges, d.w
	fmt.Fprintln(bw, "flowchart LR")
	// Number only the roles drawn, so that a picture's node names do not
	// depend on the rest of the graph.
	num := make(map[int32]int, len(g.ids))
	for i, id := range g.ids {
		if keep[i] {
			num[int32(i)] = len(num)
			fmt.Fprintf(bw, "    n%d[\"%s\"]\n", num[int32(i)], mermaidEscape(g.Title(id)))
		}
	}
	link := 0
	var red []int
	for f, e := range g.drawnEdges(keep) {
		arrow := map[Kind]string{Entry: "-->", Advancement: "==>", Lateral: "-.->"}[g.kind[e]]
		fmt.Fprintf(bw, "    n%d %s|%s| n%d\n", num[f], arrow, g.kind[e], num[g.to[e]])
		if he[e] {
			red = append(red, link)
		}
		link++
	}
	if len(hn) > 0 {
		fmt.Fprintln(bw, "    classDef onpath stroke:#d00,stroke-width:3px")
		var ns []string
		for i := range g.ids {
			if keep[i] && hn[int32(i)] {
				ns = append(ns, fmt.Sprintf("n%d", num[int32(i)]))
			}
		}
		fmt.Fprintf(bw, "    class %s onpath\n", strings.Join(ns, ","))
	}
	for _, l := range red {
		fmt.Fprintf(bw, "    linkStyle %d stroke:#d00,stroke-width:3px\n", l)
	}
	return bw.Flush()
}

// mermaidEscape makes a title safe inside a quoted Mermaid label.
func mermaidEscape(s string) string {
	return strings.NewReplacer(`"`, "#quot;", "\n", " ", "<", "#lt;", ">", "#gt;").Replace(s)
}
