package career

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"

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

var errNilWriter = errors.New("no writer to draw to (nil io.Writer)")

// drawing is what both picture formats start from: the roles to draw, the
// highlighted roles and edges, and a buffered writer. Pictures are written
// as they are made: nothing per role or per move is allocated.
type drawing struct {
	keep  []bool // nil: every role
	nodes map[int32]bool
	edges map[int32]bool
	w     *bufio.Writer
}

func (d *drawing) kept(i int32) bool { return d.keep == nil || d.keep[i] }

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
	return g, drawing{keep: keep, nodes: hn, edges: he, w: bufio.NewWriterSize(w, 64<<10)}, nil
}

// selection applies the options and returns the roles to draw, nil for
// every role.
func (g *Graph) selection(opts []PictureOption) (picture, []bool, error) {
	var c picture
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if !c.hasAround {
		return c, nil, nil
	}
	if c.radius < 0 {
		return c, nil, &QueryError{What: "Around", Why: fmt.Sprintf("%d moves is out of range: expected 0 or more", c.radius)}
	}
	start, ok := g.lookup(c.around)
	if !ok {
		return c, nil, g.roleError(c.around)
	}
	keep := make([]bool, len(g.ids))
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

// drawnEdges yields (source role, edge) for every edge between two drawn
// roles, in source, target and kind order.
func (g *Graph) drawnEdges(d *drawing) iter.Seq2[int32, int32] {
	return func(yield func(int32, int32) bool) {
		for f := range int32(len(g.ids)) {
			if !d.kept(f) {
				continue
			}
			for e := g.outOff[f]; e < g.outOff[f+1]; e++ {
				if d.kept(g.to[e]) && !yield(f, e) {
					return
				}
			}
		}
	}
}

// onPath reports which roles and edges the highlighted path uses: for a
// move stated as several kinds, every edge of the kinds the path's query
// allowed, since they are one move.
func (g *Graph) onPath(p Path) (map[int32]bool, map[int32]bool) {
	nodes, edges := map[int32]bool{}, map[int32]bool{}
	if p.g != g {
		return nodes, edges
	}
	nodes[p.src] = true
	u := p.src
	for _, e := range p.edges() {
		v := g.to[e]
		for f := g.outOff[u]; f < g.outOff[u+1]; f++ {
			if g.to[f] == v && p.kinds.Has(g.kind[f]) {
				edges[f] = true
			}
		}
		nodes[v] = true
		u = v
	}
	return nodes, edges
}

// dotStyles and mermaidArrows are the drawing of each kind.
var (
	dotStyles     = [...]string{Entry: "solid", Advancement: "bold", Lateral: "dashed"}
	mermaidArrows = [...]string{Entry: "-->", Advancement: "==>", Lateral: "-.->"}
)

// WriteDOT writes the graph as a Graphviz DOT digraph: roles as boxes
// labelled with their titles, advancement moves as bold arrows, lateral
// moves dashed and entry moves solid, each labelled with its kind; a
// highlighted path in red. Render it with `dot -Tsvg`. A nil w is an
// error. The picture is written as it is made, in memory that does not
// grow with the graph beyond a byte per role.
func (g *Graph) WriteDOT(w io.Writer, opts ...PictureOption) error {
	g, d, err := g.drawing(w, opts)
	if err != nil {
		return err
	}
	bw := d.w
	bw.WriteString("digraph career {\n")
	bw.WriteString("\trankdir=LR;\n")
	bw.WriteString("\tnode [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
	bw.WriteString("\tedge [fontname=\"Helvetica\", fontsize=10];\n")
	for i, id := range g.ids {
		if !d.kept(int32(i)) {
			continue
		}
		bw.WriteByte('\t')
		dotQuote(bw, string(id))
		bw.WriteString(" [label=")
		dotQuote(bw, g.Title(id))
		if d.nodes[int32(i)] {
			bw.WriteString(", color=red, penwidth=2")
		}
		bw.WriteString("];\n")
	}
	for f, e := range g.drawnEdges(&d) {
		k := g.kind[e]
		bw.WriteByte('\t')
		dotQuote(bw, string(g.ids[f]))
		bw.WriteString(" -> ")
		dotQuote(bw, string(g.ids[g.to[e]]))
		bw.WriteString(" [label=\"")
		bw.WriteString(k.String())
		bw.WriteString("\", style=")
		bw.WriteString(dotStyles[k])
		if d.edges[e] {
			bw.WriteString(", color=red, penwidth=3")
		}
		bw.WriteString("];\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// dotQuote writes s as a DOT string: quoted, with backslashes, quotes and
// newlines escaped.
func dotQuote(w *bufio.Writer, s string) {
	w.WriteByte('"')
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '\\':
			esc = `\\`
		case '"':
			esc = `\"`
		case '\n':
			esc = `\n`
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
	w.WriteByte('"')
}

// WriteMermaid writes the graph as a Mermaid flowchart, which GitHub renders
// inside a ```mermaid block of Markdown: roles labelled with their titles,
// advancement moves as thick arrows, lateral moves dotted and entry moves
// plain, each labelled with its kind; a highlighted path in red. A nil w is
// an error. The picture is written as it is made.
func (g *Graph) WriteMermaid(w io.Writer, opts ...PictureOption) error {
	g, d, err := g.drawing(w, opts)
	if err != nil {
		return err
	}
	bw := d.w
	var num []int32 // the node number of each drawn role, when not all are
	if d.keep != nil {
		num = make([]int32, len(g.ids))
	}
	var digits [20]byte
	writeInt := func(i int) { bw.Write(strconv.AppendInt(digits[:0], int64(i), 10)) }
	nodeName := func(i int32) {
		bw.WriteString("n")
		if num != nil {
			i = num[i]
		}
		writeInt(int(i))
	}
	bw.WriteString("flowchart LR\n")
	// Number only the roles drawn, so that a picture's node names do not
	// depend on the rest of the graph.
	n := int32(0)
	for i, id := range g.ids {
		if !d.kept(int32(i)) {
			continue
		}
		if num != nil {
			num[i] = n
		}
		n++
		bw.WriteString("    ")
		nodeName(int32(i))
		bw.WriteString("[\"")
		mermaidEscape(bw, g.Title(id))
		bw.WriteString("\"]\n")
	}
	var red []int
	link := 0
	for f, e := range g.drawnEdges(&d) {
		k := g.kind[e]
		bw.WriteString("    ")
		nodeName(f)
		bw.WriteString(" ")
		bw.WriteString(mermaidArrows[k])
		bw.WriteString("|")
		bw.WriteString(k.String())
		bw.WriteString("| ")
		nodeName(g.to[e])
		bw.WriteString("\n")
		if d.edges[e] {
			red = append(red, link)
		}
		link++
	}
	if len(d.nodes) > 0 {
		bw.WriteString("    classDef onpath stroke:#d00,stroke-width:3px\n")
		bw.WriteString("    class ")
		first := true
		for i := range int32(len(g.ids)) {
			if d.kept(i) && d.nodes[i] {
				if !first {
					bw.WriteString(",")
				}
				first = false
				nodeName(i)
			}
		}
		bw.WriteString(" onpath\n")
	}
	for _, l := range red {
		bw.WriteString("    linkStyle ")
		writeInt(l)
		bw.WriteString(" stroke:#d00,stroke-width:3px\n")
	}
	return bw.Flush()
}

// mermaidEscape writes a title safe inside a quoted Mermaid label.
func mermaidEscape(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = "#quot;"
		case '\n':
			esc = " "
		case '<':
			esc = "#lt;"
		case '>':
			esc = "#gt;"
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
}
