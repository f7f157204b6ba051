package export

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
)

// GraphML namespace and schema, as the GraphML primer
// (http://graphml.graphdrawing.org/primer/graphml-primer.html) writes them.
const (
	graphMLNamespace = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema    = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
)

// graphMLKey is one <key> declaration: an attribute of nodes or edges.
type graphMLKey struct {
	id, domain, typ string
	optional        keyGroup
}

// keyGroup names the keys declared only when some role has the data.
type keyGroup uint8

const (
	keyAlways keyGroup = iota
	keyInterests
	keyTechnologies
)

// The attributes WriteGraphML declares, in the order written. The key ID
// is the attribute's name.
var graphMLKeys = []graphMLKey{
	{"title", "node", "string", keyAlways},
	{"level", "node", "string", keyAlways},
	{"track", "node", "string", keyAlways},
	{"family", "node", "string", keyAlways},
	{"ladder", "node", "string", keyAlways},
	{"rank", "node", "int", keyAlways},
	{"grade", "node", "string", keyAlways},
	{"onet_soc", "node", "string", keyAlways},
	{"isco_08", "node", "string", keyAlways},
	{"esco", "node", "string", keyAlways},
	{"riasec", "node", "string", keyInterests},
	{"realistic", "node", "double", keyInterests},
	{"investigative", "node", "double", keyInterests},
	{"artistic", "node", "double", keyInterests},
	{"social", "node", "double", keyInterests},
	{"enterprising", "node", "double", keyInterests},
	{"conventional", "node", "double", keyInterests},
	{"technologies", "node", "string", keyTechnologies},
	{"hot_technologies", "node", "string", keyTechnologies},
	{"kind", "edge", "string", keyAlways},
	{"years", "edge", "double", keyAlways},
	{"index", "edge", "double", keyAlways},
	{"sources", "edge", "string", keyAlways},
}

// WriteGraphML writes the career graph of catalog c to w as GraphML
// (http://graphml.graphdrawing.org/specification.html), the XML graph
// format that networkx (read_graphml), igraph, Gephi, yEd, Cytoscape,
// Neo4j's APOC (apoc.import.graphml) and most graph engines read.
//
// The document declares every attribute with a <key> (its id is the
// attribute's name) and holds one directed graph, id "career": a <node> per
// role, in ID order, whose id is the role ID, and an <edge> per transition,
// in the order of Catalog.Transitions, with ids e0, e1, ... Node
// attributes: title, level, track, family (the role's own or its
// ladder's), ladder, rank (int, the rung), grade, the codes onet_soc,
// isco_08 and esco; the interest scores (role.Interests) as riasec (the
// high-point code, "ICR") and realistic, investigative, artistic, social,
// enterprising and conventional (double, the source's scale: O*NET's 1-7);
// and the technologies the role uses (role.Technology) by name, "; "
// between names, in technologies, and those the source marks hot in
// hot_technologies (these keys are declared only when some role has
// interests, or technologies). Edge attributes: kind (entry, advancement or lateral),
// years and index (double, the transition's weights) and sources (the IDs
// of the sources that state the move, space-separated). An attribute a role
// or move does not have is left out rather than written empty; rank, years
// and index are left out where zero, which means not recorded. Two moves of
// different kinds between the same two roles are two edges: a reader that
// keeps one edge per pair must be told to keep both (networkx:
// read_graphml(path, force_multigraph=True)).
//
// The graph's <desc> names the catalog's sources with their licences,
// which the licence of imported data (O*NET's CC BY 4.0) asks a copy to
// carry. Text is XML-escaped; characters XML 1.0 cannot hold are written
// as U+FFFD. The output depends only on the catalog. WriteGraphML returns
// w's first error.
func WriteGraphML(w io.Writer, c *rolemodel.Catalog) error {
	if w == nil {
		return errors.New("export: no writer (nil io.Writer)")
	}
	bw := bufio.NewWriter(w)
	x := &xmlWriter{w: bw}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="` + graphMLNamespace + `" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="` + graphMLNamespace + " " + graphMLSchema + `">` + "\n")
	var hasInterests, hasTechnologies bool
	for r := range c.Roles() {
		hasInterests = hasInterests || r.Interests != nil
		hasTechnologies = hasTechnologies || len(r.Technologies) > 0
	}
	for _, k := range graphMLKeys {
		if k.optional == keyInterests && !hasInterests || k.optional == keyTechnologies && !hasTechnologies {
			continue
		}
		x.raw(`  <key id="` + k.id + `" for="` + k.domain + `" attr.name="` + k.id + `" attr.type="` + k.typ + `"/>` + "\n")
	}
	x.raw(`  <graph id="career" edgedefault="directed">` + "\n")
	x.raw("    <desc>")
	x.text(graphDescription(c))
	x.raw("</desc>\n")
	for r := range c.Roles() {
		x.raw(`    <node id="`)
		x.text(string(r.ID))
		x.raw(`">` + "\n")
		family, _ := c.FamilyOf(r.ID)
		rank := ""
		if r.Rank != 0 {
			rank = strconv.Itoa(r.Rank)
		}
		for _, d := range [...]struct{ key, value string }{
			{"title", r.Title},
			{"level", r.Level.String()},
			{"track", r.Track.String()},
			{"family", string(family)},
			{"ladder", string(r.Ladder)},
			{"rank", rank},
			{"grade", string(r.Grade)},
			{"onet_soc", r.Codes.ONetSOC},
			{"isco_08", r.Codes.ISCO08},
			{"esco", r.Codes.ESCO},
		} {
			x.data(d.key, d.value)
		}
		if in := r.Interests; in != nil {
			x.data("riasec", in.HighPoint)
			x.data("realistic", formatWeight(in.Realistic))
			x.data("investigative", formatWeight(in.Investigative))
			x.data("artistic", formatWeight(in.Artistic))
			x.data("social", formatWeight(in.Social))
			x.data("enterprising", formatWeight(in.Enterprising))
			x.data("conventional", formatWeight(in.Conventional))
		}
		var all, hot []string
		for _, t := range r.Technologies {
			all = append(all, t.Name)
			if t.Hot {
				hot = append(hot, t.Name)
			}
		}
		x.data("technologies", strings.Join(all, "; "))
		x.data("hot_technologies", strings.Join(hot, "; "))
		x.raw("    </node>\n")
	}
	i := 0
	for t := range c.Transitions() {
		x.raw(`    <edge id="e` + strconv.Itoa(i) + `" source="`)
		x.text(string(t.From))
		x.raw(`" target="`)
		x.text(string(t.To))
		x.raw(`">` + "\n")
		x.data("kind", t.Kind.String())
		x.data("years", formatWeight(t.Years))
		x.data("index", formatWeight(t.Index))
		x.data("sources", strings.Join(c.TransitionSources(t), " "))
		x.raw("    </edge>\n")
		i++
	}
	x.raw("  </graph>\n</graphml>\n")
	if x.err != nil {
		return x.err
	}
	return bw.Flush()
}

// graphDescription is the text of the graph's <desc>: what it is and the
// sources it comes from, with their licences.
func graphDescription(c *rolemodel.Catalog) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Career graph exported by rolemodel: %d roles, %d moves.", c.NumRoles(), c.Graph().Size())
	var srcs []string
	for s := range c.Sources() {
		t := s.Title
		if s.License != "" {
			t += " (" + s.License + ")"
		}
		srcs = append(srcs, t)
	}
	if len(srcs) > 0 {
		b.WriteString(" Sources: " + strings.Join(srcs, "; ") + ".")
	}
	return b.String()
}

// formatWeight writes a transition weight, "" for zero (not recorded).
func formatWeight(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// xmlWriter writes XML to a buffered writer, keeping the first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// text writes s escaped for XML character data or a quoted attribute.
func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = xml.EscapeText(x.w, []byte(s))
	}
}

// data writes one <data> element, or nothing for an empty value.
func (x *xmlWriter) data(key, value string) {
	if value == "" {
		return
	}
	x.raw(`      <data key="` + key + `">`)
	x.text(value)
	x.raw("</data>\n")
}

// kindType is the relationship type of a move in the CSV files: the kind in
// capitals, as Neo4j's convention for relationship types has it.
func kindType(k career.Kind) string { return strings.ToUpper(k.String()) }

// roleTitle is a role's title, or its ID where the catalog lacks it.
func roleTitle(c *rolemodel.Catalog, id role.ID) string {
	if r, ok := c.Role(id); ok {
		return r.Title
	}
	return string(id)
}
