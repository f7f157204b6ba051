package esco

import (
	"cmp"
	"fmt"
	"io"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/internal/limitio"
	"github.com/rolemodel/rolemodel/internal/report"
	"github.com/rolemodel/rolemodel/internal/table"
	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
)

// NestaCrosswalkFile is the name of Nesta's ESCO to O*NET crosswalk file.
const NestaCrosswalkFile = "esco_onet_crosswalk_Nov2020.csv"

// NestaSource returns the catalog source of Nesta's ESCO to O*NET
// crosswalk, which ReadCrosswalk cites unless the CrosswalkSource option
// names another.
func NestaSource() role.Source {
	return role.Source{
		ID:        "nesta-esco-onet",
		Title:     "ESCO to O*NET crosswalk (Mapping Career Causeways)",
		Publisher: "Nesta",
		Author:    "Jyldyz Djumalieva, Karlis Kanders, Cath Sleeman and Stef Garasto",
		Published: "November 2020",
		URL:       "https://github.com/nestauk/mapping-career-causeways/tree/main/supplementary_online_data/ONET_ESCO_crosswalk",
		License:   "MIT",
		Note:      "Kanders K., Djumalieva J., Sleeman C. and Orlik J. (2020). Mapping Career Causeways: Supporting Workers at Risk. London: Nesta. The best matching O*NET-SOC 2010 occupation for 1,680 ESCO occupations.",
	}
}

// CrosswalkSource names the catalog source the links of a crosswalk cite,
// for a crosswalk other than Nesta's; ReadCrosswalk and LoadCrosswalk
// take it (the default is NestaSource()).
func CrosswalkSource(s role.Source) Option {
	return func(c *config) { c.crosswalkSource = &s }
}

// Link ties an ESCO occupation to an O*NET occupation, as one row of a
// crosswalk states or, for an occupation the crosswalk does not list, as
// the row of its nearest broader occupation does (see Crosswalk.Inherit).
type Link struct {
	// ESCO is the ESCO occupation's concept URI.
	ESCO string
	// ONetSOC is the O*NET-SOC code it is linked to, "NN-NNNN.NN".
	ONetSOC string
	// Title is the O*NET occupation's title as the crosswalk gives it, or
	// "".
	Title string
	// Similarity is the crosswalk's semantic similarity of the two
	// occupations, 0 to 1, or 0 when not given.
	Similarity float64
	// Confidence is the crosswalk's confidence in the link, or 0 when not
	// given; Nesta's is 0.5, 1 or 2 (the highest).
	Confidence float64
	// Line is the line of the crosswalk's row.
	Line int
	// From is, for an inherited link, the concept URI of the broader
	// occupation whose row it is; "" for a row of the crosswalk.
	From string
}

// Crosswalk links ESCO occupations to O*NET occupations. Join gives an
// ESCO catalog's occupations their O*NET-SOC codes from it, and with an
// O*NET catalog their O*NET facts.
//
// A Crosswalk is read-only and safe for concurrent use.
type Crosswalk struct {
	name   string
	src    role.Source
	links  []Link
	byESCO map[string][]int32 // indexes into links, best first
	byCode map[string][]int32 // indexes into links, by line
}

// LoadCrosswalk reads the crosswalk file at path, as ReadCrosswalk does.
// A path that does not exist or is not a regular file is a problem of kind
// rolemodel.ErrUnreadable.
func LoadCrosswalk(path string, opts ...Option) (*Crosswalk, error) {
	cfg := newConfig(opts)
	data, err := limitio.ReadOSFile(path, cfg.maxFileSize)
	if err != nil {
		var ps report.Problems
		ps.AddIO(path, err, "see MaxFileSize")
		return nil, ps.Err()
	}
	return readCrosswalk(data, path, cfg)
}

// ReadCrosswalk reads a crosswalk from ESCO occupations to O*NET-SOC codes
// in the layout of Nesta's esco_onet_crosswalk_Nov2020.csv (MIT licence),
// or any CSV file with its column names: one row per link, concept_uri
// (the ESCO occupation's URI) and onet_code (an O*NET-SOC code) required,
// onet_occupation (the O*NET title), semantic_similarity (0 to 1) and
// confidence (a number, higher is surer) read where present, other columns
// ignored. The title is a name: at most 200 bytes, without control
// characters. name names the file in problems. An occupation may have several
// rows, linking it to several codes, and a code several occupations (see
// Join for what each means).
//
// The links cite NestaSource() unless CrosswalkSource names another
// source. Every problem (a missing column, a URI that is not one, a code
// that is not NN-NNNN.NN, a number that is not one or is negative, the
// same link twice) is reported in one *rolemodel.ValidationError naming
// the file, line and column, as Load reports them. Of the options,
// MaxFileSize and CrosswalkSource apply.
func ReadCrosswalk(r io.Reader, name string, opts ...Option) (*Crosswalk, error) {
	cfg := newConfig(opts)
	if r == nil {
		return nil, &rolemodel.ValidationError{Problems: []rolemodel.Problem{{File: name, Message: "no reader given", Kind: rolemodel.ErrEmpty}}}
	}
	data, _, err := limitio.ReadAll(r, cfg.maxFileSize)
	if err != nil {
		var ps report.Problems
		ps.AddIO(name, err, "see MaxFileSize")
		return nil, ps.Err()
	}
	return readCrosswalk(data, name, cfg)
}

// maxTitle is the longest O*NET title a crosswalk row may give, in bytes:
// the longest a role's title may be.
const maxTitle = 200

func readCrosswalk(data []byte, name string, cfg config) (*Crosswalk, error) {
	x := &Crosswalk{name: name, src: NestaSource(), byESCO: map[string][]int32{}, byCode: map[string][]int32{}}
	if cfg.crosswalkSource != nil {
		x.src = *cfg.crosswalkSource
	}
	p := &report.Problems{}
	t := table.New(name, data, table.Options{}, p)
	if t == nil || !t.Require("concept_uri", "onet_code") {
		return nil, p.Err()
	}
	seen := map[[2]string]int{}
	for t.Next() {
		l := Link{ESCO: t.Get("concept_uri"), ONetSOC: t.Get("onet_code"), Title: t.Get("onet_occupation"), Line: t.Line()}
		ok := checkURIAt(t, "concept_uri", l.ESCO, string(RoleID(l.ESCO)))
		if !valid.IsONetSOC(l.ONetSOC) {
			t.Problem("onet_code", rolemodel.ErrInvalidValue, "%q is not an O*NET-SOC code: expected NN-NNNN.NN, such as 15-1252.00", l.ONetSOC)
			ok = false
		}
		if msg := valid.CheckName(l.Title); msg != "" || len(l.Title) > maxTitle {
			t.Problem("onet_occupation", rolemodel.ErrInvalidValue, "the O*NET title %s", cmp.Or(msg, fmt.Sprintf("is %d bytes long: expected at most %d", len(l.Title), maxTitle)))
			ok = false
		}
		for _, f := range []struct {
			col string
			v   *float64
		}{{"semantic_similarity", &l.Similarity}, {"confidence", &l.Confidence}} {
			col, v := f.col, f.v
			s := t.Get(col)
			if s == "" {
				continue
			}
			f, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 || col == "semantic_similarity" && f > 1 {
				what := "a number of 0 or more"
				if col == "semantic_similarity" {
					what = "a number from 0 to 1"
				}
				t.Problem(col, rolemodel.ErrInvalidValue, "%q is not %s", s, what)
				ok = false
				continue
			}
			*v = f
		}
		if !ok {
			continue
		}
		k := [2]string{l.ESCO, l.ONetSOC}
		if first, dup := seen[k]; dup {
			t.Problem("", rolemodel.ErrDuplicate, "occupation %s is already linked to %s on line %d", l.ESCO, l.ONetSOC, first)
			continue
		}
		seen[k] = l.Line
		x.add(l)
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	x.rank()
	return x, nil
}

func (x *Crosswalk) add(l Link) {
	i := int32(len(x.links))
	x.links = append(x.links, l)
	x.byESCO[l.ESCO] = append(x.byESCO[l.ESCO], i)
	x.byCode[l.ONetSOC] = append(x.byCode[l.ONetSOC], i)
}

// rank orders each occupation's links best first: highest confidence,
// then highest similarity, then the row read first.
func (x *Crosswalk) rank() {
	for _, ks := range x.byESCO {
		slices.SortStableFunc(ks, func(a, b int32) int {
			la, lb := &x.links[a], &x.links[b]
			return cmp.Or(cmp.Compare(lb.Confidence, la.Confidence), cmp.Compare(lb.Similarity, la.Similarity), cmp.Compare(a, b))
		})
	}
}

// Name returns the name of the crosswalk's file, as problems give it.
func (x *Crosswalk) Name() string { return x.name }

// Source returns the catalog source the crosswalk's links cite.
func (x *Crosswalk) Source() role.Source { return x.src }

// Len returns the number of links, inherited ones included.
func (x *Crosswalk) Len() int {
	if x == nil {
		return 0
	}
	return len(x.links)
}

// All yields every link: the rows in file order, then the inherited
// links (see Inherit).
func (x *Crosswalk) All() iter.Seq[Link] {
	return func(yield func(Link) bool) {
		if x == nil {
			return
		}
		for _, l := range x.links {
			if !yield(l) {
				return
			}
		}
	}
}

// Links returns the links of the ESCO occupation with the concept URI
// uri, best first: the highest confidence, then the highest similarity,
// then the row read first. The first is the one Join uses. The result is a
// fresh slice, empty when the crosswalk does not link the occupation.
func (x *Crosswalk) Links(uri string) []Link {
	if x == nil {
		return nil
	}
	return x.pick(x.byESCO[uri])
}

// Occupations returns the links to the O*NET-SOC code, in the order of
// All. The result is a fresh slice.
func (x *Crosswalk) Occupations(code string) []Link {
	if x == nil {
		return nil
	}
	return x.pick(x.byCode[code])
}

func (x *Crosswalk) pick(ks []int32) []Link {
	if len(ks) == 0 {
		return nil
	}
	out := make([]Link, len(ks))
	for i, k := range ks {
		out[i] = x.links[k]
	}
	return out
}

// Inherit returns a crosswalk that also links each occupation of h that x
// does not list: it takes the links of its nearest broader occupation that
// x lists, walking up h's first broader relation of each concept (see
// Hierarchy.Ancestors), with From naming that occupation. This is Nesta's
// rule: their crosswalk links the occupations of the top level of ESCO's
// hierarchy below the ISCO unit groups, and "other, lower level
// occupations may inherit the matching O*NET code of their parent
// occupation" (the crosswalk's README). Occupations with no such ancestor
// stay unlinked. x does not change.
func (x *Crosswalk) Inherit(h *Hierarchy) *Crosswalk {
	out := &Crosswalk{name: x.name, src: x.src, links: slices.Clone(x.links), byESCO: map[string][]int32{}, byCode: map[string][]int32{}}
	for uri, ks := range x.byESCO {
		out.byESCO[uri] = slices.Clone(ks)
	}
	for code, ks := range x.byCode {
		out.byCode[code] = slices.Clone(ks)
	}
	if h == nil {
		return out
	}
	uris := make([]string, 0, len(h.broader))
	for uri := range h.broader {
		if _, listed := x.byESCO[uri]; !listed {
			if _, isGroup := h.byURI[uri]; !isGroup {
				uris = append(uris, uri)
			}
		}
	}
	slices.Sort(uris)
	for _, uri := range uris {
		for a := range h.Ancestors(uri) {
			ks, ok := x.byESCO[a]
			if !ok {
				continue
			}
			for _, k := range ks {
				l := x.links[k]
				l.ESCO, l.From = uri, a
				out.add(l)
			}
			break
		}
	}
	return out
}

// note says, for a role's Codes.Note, where its O*NET-SOC code comes from.
func (x *Crosswalk) note(links []Link, title func(uri string) string) string {
	var b strings.Builder
	l := links[0]
	fmt.Fprintf(&b, "O*NET-SOC %s", l.ONetSOC)
	if l.Title != "" {
		fmt.Fprintf(&b, " (%s)", l.Title)
	}
	fmt.Fprintf(&b, " from %s", x.src.Title)
	if l.From != "" {
		fmt.Fprintf(&b, ", inherited from the broader occupation %s", title(l.From))
	}
	b.WriteString(linkFigures(l))
	b.WriteByte('.')
	if len(links) > 1 {
		b.WriteString(" Also linked:")
		for i, o := range links[1:] {
			if i == 5 {
				fmt.Fprintf(&b, " and %d more", len(links)-1-i)
				break
			}
			if i > 0 {
				b.WriteByte(';')
			}
			fmt.Fprintf(&b, " %s%s", o.ONetSOC, linkFigures(o))
		}
		b.WriteByte('.')
	}
	return b.String()
}

// linkFigures writes a link's confidence and similarity, where given.
func linkFigures(l Link) string {
	var parts []string
	if l.Confidence != 0 {
		parts = append(parts, "confidence "+strconv.FormatFloat(l.Confidence, 'g', -1, 64))
	}
	if l.Similarity != 0 {
		parts = append(parts, "similarity "+strconv.FormatFloat(l.Similarity, 'f', 2, 64))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
