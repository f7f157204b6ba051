package bls

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

// Publisher is the publisher every BLS source names; License is their
// licence (BLS data are in the public domain); Credit is the credit BLS
// asks of those who use its data, which every source's note carries.
const (
	Publisher = "U.S. Bureau of Labor Statistics"
	Credit    = "U.S. Bureau of Labor Statistics"
	License   = "Public domain"
)

// The pages the sources link to: the OEWS tables and the Employment
// Projections occupational data.
const (
	WagesURL       = "https://www.bls.gov/oes/tables.htm"
	ProjectionsURL = "https://www.bls.gov/emp/data/occupational-data.htm"
)

// Region is the region of the entries Attach makes from the OEWS national
// file and the projections, which are for the United States. Wages for
// another area (a file whose AREA_TITLE is not "U.S.") are given that
// area's title as region.
const Region = "United States"

// regionOf returns the region of wages for an OEWS area title.
func regionOf(area string) string {
	if area == "" || area == "U.S." {
		return Region
	}
	return area
}

// Match says how an occupation code found its BLS row.
type Match uint8

// The ways a code matches.
const (
	// NoMatch: BLS publishes no detailed row for the code.
	NoMatch Match = iota
	// Exact: the row's code is the code's SOC code.
	Exact
	// ViaBroad: BLS publishes the occupation only within its SOC broad
	// occupation (13-1021 within 13-1020 Buyers and Purchasing Agents), and
	// the row is that broad occupation's, which BLS lists as its most
	// detailed figures (O_GROUP detailed; a projections line item).
	ViaBroad
	// ViaCodes: the row is that of the code the WithCodes option maps the
	// occupation's code to.
	ViaCodes
)

// String returns "exact", "via broad" or "".
func (m Match) String() string {
	switch m {
	case Exact:
		return "exact"
	case ViaBroad:
		return "via broad"
	case ViaCodes:
		return "via codes"
	}
	return ""
}

// WagesSource returns the catalog source Attach cites for w: ID
// "bls-oews-YYYY" (or "bls-oews" when the year is not known), titled with
// the year of the estimates.
func WagesSource(w *Wages) role.Source {
	s := role.Source{
		ID:        "bls-oews",
		Title:     "Occupational Employment and Wage Statistics (OEWS), national estimates",
		Publisher: Publisher,
		URL:       WagesURL,
		License:   License,
		Note:      "Credit: " + Credit + ". Employment and wages by occupation, all industries; wages exclude the self-employed.",
	}
	if w != nil && w.Year != 0 {
		y := strconv.Itoa(w.Year)
		s.ID += "-" + y
		s.Title = "Occupational Employment and Wage Statistics (OEWS), May " + y + " national estimates"
	}
	return s
}

// ProjectionsSource returns the catalog source Attach cites for p: ID
// "bls-ep-YYYY-YY" for the projections from FromYear to ToYear, titled
// with the period.
func ProjectionsSource(p *Projections) role.Source {
	s := role.Source{
		ID:        "bls-ep",
		Title:     "Employment Projections: occupational projections and worker characteristics (table 1.2)",
		Publisher: Publisher,
		URL:       ProjectionsURL,
		License:   License,
		Note:      "Credit: " + Credit + ". Employment in thousands, including the self-employed.",
	}
	if p != nil && p.FromYear != 0 {
		s.ID = fmt.Sprintf("bls-ep-%d-%02d", p.FromYear, p.ToYear%100)
		s.Title = fmt.Sprintf("Employment Projections %d–%d: occupational projections and worker characteristics (table 1.2)", p.FromYear, p.ToYear)
	}
	return s
}

// AttachOption changes what Attach does.
type AttachOption func(*attachConfig)

type attachConfig struct {
	codes     map[string]string
	unmatched *[]Unmatched
	err       []string
}

// WithCodes gives Attach the user's own mapping from occupation codes to
// the BLS codes whose figures they should get: each key an O*NET-SOC code
// ("21-1011.00") or a SOC code ("21-1011", for every O*NET-SOC code that
// belongs to it), each value the SOC code of a detailed OEWS row or a
// projections line item ("21-1018"). A role whose code the mapping names
// (the O*NET-SOC key first, then the SOC key) gets the figures of the
// mapped row (Match ViaCodes), with notes naming that row and saying the
// mapping chose it, and never those of its own code. This is how a program
// attaches figures BLS publishes only for a combination of occupations
// (see the package documentation, "Occupations BLS combines"): the
// package embeds no such mapping, as neither file states one. A key or
// value that is not such a code makes Attach return a
// *rolemodel.ValidationError of kind rolemodel.ErrInvalidValue naming it.
// A later WithCodes replaces an earlier one; the map is not kept.
func WithCodes(m map[string]string) AttachOption {
	return func(c *attachConfig) {
		c.codes = make(map[string]string, len(m))
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			v := m[k]
			_, kok := socOf(k)
			if !kok || !isSOC(v) {
				c.err = append(c.err, fmt.Sprintf("WithCodes: %q → %q: expected an O*NET-SOC code (NN-NNNN.NN) or SOC code (NN-NNNN) mapped to a SOC code", cut(k), cut(v)))
				continue
			}
			c.codes[k] = v
		}
	}
}

func cut(s string) string {
	if len(s) > 60 {
		s = s[:60]
	}
	return s
}

// ReportUnmatched makes Attach set *dst to the roles with an O*NET-SOC code
// that gained nothing from a file given to it (w or p), in the catalog's
// role order, each with the reason, so that a program can say why a role
// has no wages or outlook. dst is set even when Attach returns an error.
func ReportUnmatched(dst *[]Unmatched) AttachOption {
	return func(c *attachConfig) { c.unmatched = dst }
}

// Unmatched is a role with an O*NET-SOC code that Attach gave no figures
// from one of its files.
type Unmatched struct {
	// Role is the role's ID.
	Role role.ID
	// Code is the role's O*NET-SOC code (role.Codes.ONetSOC), as the role
	// has it.
	Code string
	// Wages and Projections say why each file gave the role nothing:
	// Matched when it gave figures, NotGiven when the file was not given.
	Wages, Projections Reason
}

// Reason says why Attach gave a role no figures from a file.
type Reason uint8

// The reasons.
const (
	// Matched: the file gave the role figures.
	Matched Reason = iota
	// NotGiven: the file was not given to Attach (nil).
	NotGiven
	// BadCode: the role's code is neither an O*NET-SOC nor a SOC code.
	BadCode
	// NoRow: the file has no detailed row for the code's SOC occupation, its
	// broad occupation or the code WithCodes maps it to. So it is for the
	// military (SOC 55, which neither survey covers), for occupations BLS
	// publishes only within a combined code (see the package
	// documentation), and for codes of another taxonomy version.
	NoRow
	// NoFigures: the row publishes no figure (every wage "*"; no
	// projected value).
	NoFigures
)

// String returns the reason in words.
func (r Reason) String() string {
	switch r {
	case Matched:
		return "matched"
	case NotGiven:
		return "file not given"
	case BadCode:
		return "not an O*NET-SOC or SOC code"
	case NoRow:
		return "no BLS row for the code"
	case NoFigures:
		return "the BLS row has no figures"
	}
	return ""
}

// Attach returns c with BLS figures on every role whose O*NET-SOC code
// (role.Codes.ONetSOC) belongs to an occupation BLS publishes: the SOC code
// is the O*NET-SOC code without its two-digit suffix (11-3021.00 and
// 11-3021.01 both belong to SOC 11-3021). A role matches the OEWS row of
// that code whose O_GROUP is detailed, and the projections line item of
// that code; where BLS publishes the occupation only within its SOC broad
// occupation (the code with its last digit 0, 13-1021 → 13-1020), it
// matches that row instead (Match ViaBroad), and the entries' notes and
// scope name the broader occupation. Total, major, minor and broad rows,
// and projections summary rows, never attach. Either w or p may be nil.
//
// From w a role gains role.Salary entries in U.S. dollars, region "United
// States" (see Region), for the year of the estimates: the 10th, 25th, 50th (Median),
// 75th and 90th percentiles and the mean (Average), annual then hourly,
// each where OEWS publishes it. A wage OEWS top-codes ("#") is the survey's
// top figure with OpenEnded set ("$239,200+"); a "#" without a stated top,
// and "*", give no entry.
//
// From p a role gains one role.Outlook: employment in the base year
// (Employment, Year) and the target year (ProjectedEmployment), the
// projected change in percent (GrowthPercent) and that of all occupations
// (AverageGrowthPercent), annual openings as a count (55.6 thousand →
// 55,600), the period (FromYear, ToYear), and the typical education, work
// experience and on-the-job training in BLS's words; Text restates the
// figures in thousands as published.
//
// Each entry cites its source, WagesSource(w) or ProjectionsSource(p),
// which the result holds (replacing a source of the same ID), and the role
// lists it among its sources. Entries an earlier Attach made from the same
// sources are replaced, so attaching twice gives the same catalog.
//
// The result is c amended (rolemodel.Catalog.Amend): only the entries,
// sources and roles Attach changes are checked, and the result shares the
// rest of c (its career graph, its index of names, the other roles), so it
// is the catalog rolemodel.Build would make of c's parts so changed, with
// the options c was built with, at a fraction of the cost. c does not
// change. A nil c is an empty catalog. Attach returns the
// *rolemodel.ValidationError Build would give should the result not be
// valid.
//
// Options: WithCodes maps codes to the BLS codes whose figures they get;
// ReportUnmatched says which coded roles got nothing, and why.
//
// It takes time linear in the number of roles and entries made.
func Attach(c *rolemodel.Catalog, w *Wages, p *Projections, opts ...AttachOption) (*rolemodel.Catalog, error) {
	var cfg attachConfig
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.unmatched != nil {
		*cfg.unmatched = nil
	}
	if len(cfg.err) > 0 {
		ps := make([]rolemodel.Problem, len(cfg.err))
		for i, e := range cfg.err {
			ps[i] = rolemodel.Problem{Path: "WithCodes", Message: e, Kind: rolemodel.ErrInvalidValue}
		}
		return nil, &rolemodel.ValidationError{Problems: ps}
	}
	if w == nil && p == nil && c != nil && cfg.unmatched == nil {
		return c, nil
	}
	var wsrc, psrc role.Source
	var sources []role.Source
	var avg *float64
	if w != nil {
		wsrc = WagesSource(w)
		sources = append(sources, wsrc)
	}
	if p != nil {
		psrc = ProjectionsSource(p)
		sources = append(sources, psrc)
		if t, ok := p.Total(); ok {
			if v, ok := t.ChangePercent.Value(); ok {
				avg = &v
			}
		}
	}
	return c.Amend(sources, func(r *rolemodel.Facts) bool {
		code := r.Codes().ONetSOC
		changed := false
		miss := Unmatched{Role: r.ID(), Code: code, Wages: NotGiven, Projections: NotGiven}
		mapped, mok := cfg.mapped(code)
		if w != nil {
			n := len(r.Salaries)
			r.Salaries = slices.DeleteFunc(r.Salaries, func(s role.Salary) bool { return slices.Contains(s.Sources, wsrc.ID) })
			changed = changed || len(r.Salaries) != n
			e, m, ok := w.ForOccupation(code)
			if mok {
				e, ok = w.Detailed(mapped)
				m = ViaCodes
			}
			miss.Wages = NoRow
			if ok {
				miss.Wages = NoFigures
				if add := salaries(w, e, m, code, wsrc.ID); len(add) > 0 {
					r.Salaries = append(r.Salaries, add...)
					r.Sources = addSource(r.Sources, wsrc.ID)
					changed = true
					miss.Wages = Matched
				}
			}
		}
		if p != nil {
			n := len(r.Outlook)
			r.Outlook = slices.DeleteFunc(r.Outlook, func(o role.Outlook) bool { return slices.Contains(o.Sources, psrc.ID) })
			changed = changed || len(r.Outlook) != n
			pr, m, ok := p.ForOccupation(code)
			if mok {
				pr, ok = p.Find(mapped)
				ok = ok && pr.Type == LineItem
				m = ViaCodes
			}
			miss.Projections = NoRow
			if ok {
				miss.Projections = NoFigures
				if o, ok := outlook(p, pr, m, code, psrc.ID, avg); ok {
					r.Outlook = append(r.Outlook, o)
					r.Sources = addSource(r.Sources, psrc.ID)
					changed = true
					miss.Projections = Matched
				}
			}
		}
		if cfg.unmatched != nil && code != "" && (miss.Wages != Matched && miss.Wages != NotGiven || miss.Projections != Matched && miss.Projections != NotGiven) {
			if _, ok := socOf(code); !ok {
				miss.Wages, miss.Projections = badCode(miss.Wages), badCode(miss.Projections)
			}
			*cfg.unmatched = append(*cfg.unmatched, miss)
		}
		return changed
	})
}

func badCode(r Reason) Reason {
	if r == NotGiven {
		return r
	}
	return BadCode
}

// mapped returns the code WithCodes maps code to: that of the O*NET-SOC
// code, else that of its SOC code.
func (cfg *attachConfig) mapped(code string) (string, bool) {
	if cfg.codes == nil || code == "" {
		return "", false
	}
	if v, ok := cfg.codes[code]; ok {
		return v, true
	}
	if soc, ok := socOf(code); ok {
		v, ok := cfg.codes[soc]
		return v, ok
	}
	return "", false
}

func addSource(ids []string, id string) []string {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// statOrder is the order of a role's entries within a period, with the
// statistic each Distribution field reports.
var statOrder = [...]struct {
	stat  salary.Statistic
	field int // index for Distribution.field
	col   string
}{
	{salary.P10, 1, "PCT10"},
	{salary.P25, 2, "PCT25"},
	{salary.Median, 3, "MEDIAN"},
	{salary.P75, 4, "PCT75"},
	{salary.P90, 5, "PCT90"},
	{salary.Average, 0, "MEAN"},
}

// salaries makes the salary entries for one role from its OEWS row.
func salaries(w *Wages, e Estimate, m Match, code, src string) []role.Salary {
	about := occupationNote(e.Code, e.Title, m, code)
	out := make([]role.Salary, 0, 12)
	for _, per := range [...]struct {
		d      *Distribution
		period salary.Period
		prefix string
		unit   string
	}{{&e.Annual, salary.Annual, "A_", "a year"}, {&e.Hourly, salary.Hourly, "H_", "an hour"}} {
		for _, st := range statOrder {
			wg := *per.d.field(st.field)
			if !wg.Known() {
				continue
			}
			amt, err := wg.Money.Amount()
			if err != nil {
				continue // cents always convert; kept for safety
			}
			s := role.Salary{
				Statistic: st.stat,
				Currency:  usd,
				Value:     amt,
				OpenEnded: wg.OpenEnded(),
				Period:    per.period,
				Region:    regionOf(w.Area),
				Year:      w.Year,
				Note:      "OEWS " + per.prefix + st.col + " for " + about + ".",
				Sources:   []string{src},
			}
			if wg.OpenEnded() {
				s.Text = "#"
				s.Note = "OEWS " + per.prefix + st.col + " for " + about + ": # marks a wage at or above " + wg.Money.Short() + " " + per.unit + ", the top of the survey's range."
			}
			out = append(out, s)
		}
	}
	return out
}

// occupationNote names the BLS occupation a role's figures are for, and
// says so when it is the role's broad occupation.
func occupationNote(blsCode, title string, m Match, code string) string {
	s := "SOC " + blsCode + " " + title
	switch m {
	case ViaBroad:
		soc, _ := socOf(code)
		s += ", the most detailed figures BLS publishes for " + soc
	case ViaCodes:
		s += ", the figures a mapping of codes given to Attach (WithCodes) chose for " + code
	}
	return s
}

// outlook makes the outlook entry for one role from its projection. It
// reports false when the row has no figure to give.
func outlook(p *Projections, pr Projection, m Match, code, src string, avg *float64) (role.Outlook, bool) {
	o := role.Outlook{
		Region:           Region,
		Scope:            occupationNote(pr.Code, pr.Title, m, code),
		FromYear:         p.FromYear,
		ToYear:           p.ToYear,
		TypicalEducation: pr.Education,
		WorkExperience:   pr.Experience,
		Training:         pr.Training,
		Sources:          []string{src},
	}
	if v, ok := pr.ChangePercent.Value(); ok {
		o.GrowthPercent = &v
		if avg != nil {
			a := *avg
			o.AverageGrowthPercent = &a
		}
	}
	if n, ok := pr.Employment.Count(); ok && n >= 0 {
		o.Employment, o.Year = int(n), p.FromYear
	}
	if n, ok := pr.ProjectedEmployment.Count(); ok && n >= 0 {
		o.ProjectedEmployment = int(n)
	}
	if n, ok := pr.Openings.Count(); ok && n >= 0 {
		o.OpeningsPerYear = int(n)
	}
	var b strings.Builder
	if _, ok := pr.Employment.Value(); ok {
		fmt.Fprintf(&b, "Employment %s in %d", pr.Employment, p.FromYear)
		if _, ok := pr.ProjectedEmployment.Value(); ok {
			fmt.Fprintf(&b, ", projected %s in %d", pr.ProjectedEmployment, p.ToYear)
		}
		if _, ok := pr.ChangePercent.Value(); ok {
			fmt.Fprintf(&b, " (%s%s", sign(pr.ChangePercent.v), pr.ChangePercent)
			if avg != nil {
				fmt.Fprintf(&b, "; all occupations %s%s%%", sign(*avg), ftoa(*avg))
			}
			b.WriteString(")")
		}
		b.WriteString(". ")
	}
	if _, ok := pr.Openings.Value(); ok {
		fmt.Fprintf(&b, "%s openings a year on average, %d–%d. ", pr.Openings, p.FromYear, p.ToYear)
	}
	o.Text = strings.TrimSpace(b.String())
	if o.Text == "" && o.TypicalEducation == "" && o.WorkExperience == "" && o.Training == "" {
		return role.Outlook{}, false
	}
	if o.Text == "" {
		o.Text = "Typical preparation for " + pr.Title + "."
	}
	return o, true
}

func sign(v float64) string {
	if v > 0 {
		return "+"
	}
	return ""
}
