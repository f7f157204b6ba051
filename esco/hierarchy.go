package esco

import (
	"io/fs"
	"iter"
	"slices"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/valid"
)

// Group is an ISCO-08 group as ESCO publishes it: a major (1 digit),
// sub-major (2), minor (3) or unit group (4).
type Group struct {
	// Code is the ISCO-08 code, one to four digits: "1330".
	Code string
	// URI is the group's ESCO concept URI:
	// "http://data.europa.eu/esco/isco/C1330".
	URI string
	// Label is the group's preferred label in English: "Information and
	// communications technology service managers".
	Label string
}

// Hierarchy is ESCO's occupation pillar: the ISCO-08 groups and the
// broader relations that place each ISCO group under its parent and each
// occupation under an ISCO unit group or under a broader occupation. A
// catalog has no place for it, so ReadHierarchy reads it on its own.
//
// Concepts are named by their ESCO URIs, the Codes.ESCO of an imported
// role. A Hierarchy is read-only and safe for concurrent use; the zero
// value is an empty hierarchy.
type Hierarchy struct {
	groups   map[string]Group // by code
	byURI    map[string]string
	broader  map[string][]string
	narrower map[string][]string
	links    int
}

// ReadHierarchy reads ISCOGroupsFile and BroaderFile from fsys. A file the
// download lacks leaves its part of the hierarchy empty. Problems are
// reported as by Load, in one *rolemodel.ValidationError; of the options
// only MaxFileSize applies. A nil fsys is a problem of kind
// rolemodel.ErrEmpty.
func ReadHierarchy(fsys fs.FS, opts ...Option) (*Hierarchy, error) {
	if fsys == nil {
		return nil, errNoFS()
	}
	cfg := newConfig(opts)
	p := &report.Problems{}
	h := &Hierarchy{groups: map[string]Group{}, byURI: map[string]string{}, broader: map[string][]string{}, narrower: map[string][]string{}}
	h.readGroups(fsys, cfg, p)
	h.readBroader(fsys, cfg, p)
	if err := p.Err(); err != nil {
		return nil, err
	}
	return h, nil
}

func (h *Hierarchy) readGroups(fsys fs.FS, cfg config, p *report.Problems) {
	t := openTable(fsys, ISCOGroupsFile, false, cfg.maxFileSize, []string{"conceptUri", "code", "preferredLabel"}, p)
	if t == nil {
		return
	}
	lines := map[string]int{}
	for t.Next() {
		g := Group{Code: t.Get("code"), URI: t.Get("conceptUri"), Label: t.Get("preferredLabel")}
		if !valid.IsISCO08(g.Code) {
			t.Problem("code", rolemodel.ErrInvalidValue, "%q is not an ISCO-08 code: expected one to four digits, such as 1330", g.Code)
			continue
		}
		if g.URI == "" {
			t.Problem("conceptUri", rolemodel.ErrInvalidValue, "the concept URI is empty: expected one such as http://data.europa.eu/esco/isco/C1330")
			continue
		}
		if first, dup := lines[g.Code]; dup {
			t.Problem("code", rolemodel.ErrDuplicate, "ISCO group %s is already on line %d", g.Code, first)
			continue
		}
		if _, dup := h.byURI[g.URI]; dup {
			t.Problem("conceptUri", rolemodel.ErrDuplicate, "ISCO group %s is already on line %d", g.URI, lines[h.byURI[g.URI]])
			continue
		}
		lines[g.Code] = t.Line()
		h.groups[g.Code] = g
		h.byURI[g.URI] = g.Code
	}
}

func (h *Hierarchy) readBroader(fsys fs.FS, cfg config, p *report.Problems) {
	t := openTable(fsys, BroaderFile, false, cfg.maxFileSize, []string{"conceptUri", "broaderUri"}, p)
	if t == nil {
		return
	}
	seen := map[[2]string]int{}
	for t.Next() {
		c, b := t.Get("conceptUri"), t.Get("broaderUri")
		for i, u := range []string{c, b} {
			if u == "" {
				t.Problem([]string{"conceptUri", "broaderUri"}[i], rolemodel.ErrInvalidValue, "the URI is empty: expected a concept URI")
			}
		}
		if c == "" || b == "" {
			continue
		}
		if c == b {
			t.Problem("broaderUri", rolemodel.ErrReference, "concept %s is broader than itself", c)
			continue
		}
		k := [2]string{c, b}
		if first, dup := seen[k]; dup {
			t.Problem("", rolemodel.ErrDuplicate, "the relation %s → %s is already on line %d", c, b, first)
			continue
		}
		seen[k] = t.Line()
		h.broader[c] = append(h.broader[c], b)
		h.narrower[b] = append(h.narrower[b], c)
		h.links++
	}
}

// Group returns the ISCO-08 group with the given code ("1330").
func (h *Hierarchy) Group(code string) (Group, bool) {
	if h == nil {
		return Group{}, false
	}
	g, ok := h.groups[code]
	return g, ok
}

// GroupByURI returns the ISCO-08 group with the given ESCO concept URI.
func (h *Hierarchy) GroupByURI(uri string) (Group, bool) {
	if h == nil {
		return Group{}, false
	}
	code, ok := h.byURI[uri]
	if !ok {
		return Group{}, false
	}
	return h.groups[code], true
}

// Groups returns every ISCO-08 group, ordered by code ("0", "01", "011",
// "0110", "1", ...), so that each group follows its parent.
func (h *Hierarchy) Groups() iter.Seq[Group] {
	return func(yield func(Group) bool) {
		if h == nil {
			return
		}
		codes := make([]string, 0, len(h.groups))
		for c := range h.groups {
			codes = append(codes, c)
		}
		slices.Sort(codes)
		for _, c := range codes {
			if !yield(h.groups[c]) {
				return
			}
		}
	}
}

// NumGroups returns the number of ISCO-08 groups.
func (h *Hierarchy) NumGroups() int {
	if h == nil {
		return 0
	}
	return len(h.groups)
}

// NumRelations returns the number of broader relations.
func (h *Hierarchy) NumRelations() int {
	if h == nil {
		return 0
	}
	return h.links
}

// Broader returns the URIs of the concepts directly above the concept uri:
// an ISCO group's parent group, an occupation's ISCO unit group or broader
// occupation. ESCO gives each concept one, but the files allow several; they
// come in file order. The result is a fresh slice, empty for a top-level or
// unknown concept.
func (h *Hierarchy) Broader(uri string) []string {
	if h == nil {
		return nil
	}
	return slices.Clone(h.broader[uri])
}

// Narrower returns the URIs of the concepts directly below uri, in file
// order. The result is a fresh slice.
func (h *Hierarchy) Narrower(uri string) []string {
	if h == nil {
		return nil
	}
	return slices.Clone(h.narrower[uri])
}

// Ancestors walks up from uri along the first broader relation of each
// concept, yielding the URIs above it, nearest first, up to an ISCO major
// group. A cycle in the files ends the walk instead of looping.
func (h *Hierarchy) Ancestors(uri string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if h == nil {
			return
		}
		seen := map[string]bool{uri: true}
		for {
			up := h.broader[uri]
			if len(up) == 0 || seen[up[0]] {
				return
			}
			uri = up[0]
			seen[uri] = true
			if !yield(uri) {
				return
			}
		}
	}
}

// ISCOGroup returns the ISCO-08 group an occupation sits under in the
// hierarchy: the first group among its ancestors, so that an occupation
// under a broader occupation gets that occupation's group. The
// occupation's own iscoGroup (Codes.ISCO08 of its role) is the code ESCO
// assigns it, and may differ: in ESCO v1.0 six narrower occupations sit
// under a broader occupation of another unit group.
func (h *Hierarchy) ISCOGroup(uri string) (Group, bool) {
	for a := range h.Ancestors(uri) {
		if g, ok := h.GroupByURI(a); ok {
			return g, true
		}
	}
	return Group{}, false
}
