package export

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// WriteMarkdown writes role id of catalog c to w as a job description in
// Markdown (CommonMark, with a GitHub-flavoured table), laid out as
// published job descriptions are:
//
//   - the title, the aliases ("Also known as"), and a table of where the role
//     sits: level, track, family, ladder and rung, grade, and its O*NET-SOC,
//     ISCO-08 and ESCO codes;
//   - Summary: what each source says the role is, one paragraph per source;
//   - Responsibilities: primary functions, then secondary functions, then
//     duties the sources do not rank, each with its area in bold;
//   - Skills: essential, then optional, each with the level in the
//     source's own words where it has one (skill.Requirement.Label, quoted:
//     the FT's “Foundational”) and then its level on package skill's scale,
//     and what the source says: "**Communication** (“Foundational”,
//     working): …"; a word that is the level's name is not repeated;
//   - Certifications (required or recommended), Education (minimum degree,
//     preferred degrees, fields of study) and Experience ("10-15+ years,
//     5-7+ in leadership", the O*NET job zone); where a source reports how
//     its respondents answer (role.Education.Distribution, O*NET's
//     Required Level of Education; role.Experience.Distribution), every
//     category with a share above zero, in the source's order, with the
//     most common marked and estimates the source flags as imprecise
//     marked "low precision";
//   - Technologies: the products the sources say the role uses, one line
//     per category, each product marked "hot" (O*NET's Hot Technology:
//     often asked for in job postings across occupations) and "in demand"
//     (O*NET's In Demand: often asked for in this occupation's postings)
//     where the source flags it;
//   - Interests (RIASEC): the six occupational interest scores (O*NET's 1
//     to 7 scale) and the high-point code;
//   - Pay: every source's figure as the source states it, with statistic,
//     period, region and year, never averaged, then the pay bands of the
//     role's grade;
//   - Outlook: growth, openings, employment and projected employment as
//     each source gives them;
//   - Where the role leads: advancement and lateral moves out of the role,
//     the next rung on its ladder, and the roles people enter it from;
//   - Sources: every document cited, numbered in order of first citation;
//     each fact above ends with the numbers of its sources in brackets.
//
// A section the catalog has nothing for is left out: a role the sources
// only name gets its title, its table and where it leads. Text from the
// catalog is escaped so that it reads as written (no stray emphasis, links
// or HTML), with line breaks inside a statement folded to spaces.
//
// For a role the catalog does not have, WriteMarkdown returns a
// *career.RoleError (rolemodel.ErrUnknownRole) and writes nothing;
// otherwise it returns w's first error.
func WriteMarkdown(w io.Writer, c *rolemodel.Catalog, id role.ID) error {
	if w == nil {
		return errors.New("export: no writer (nil io.Writer)")
	}
	r, ok := c.Role(id)
	if !ok {
		return &career.RoleError{ID: id}
	}
	m := &mdWriter{c: c, cites: map[string]int{}}
	m.role(r)
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(m.b.String()); err != nil {
		return err
	}
	return bw.Flush()
}

// mdWriter builds one job description.
type mdWriter struct {
	c     *rolemodel.Catalog
	b     strings.Builder
	cites map[string]int // source ID -> its number
	order []string       // source IDs by number
}

func (m *mdWriter) printf(format string, args ...any) { fmt.Fprintf(&m.b, format, args...) }

// cite returns " [1, 2]" for the sources, numbering new ones.
func (m *mdWriter) cite(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	nums := make([]string, 0, len(ids))
	for _, id := range ids {
		n, ok := m.cites[id]
		if !ok {
			m.order = append(m.order, id)
			n = len(m.order)
			m.cites[id] = n
		}
		nums = append(nums, strconv.Itoa(n))
	}
	return " [" + strings.Join(nums, ", ") + "]"
}

func (m *mdWriter) heading(s string) { m.printf("\n## %s\n\n", s) }

func (m *mdWriter) role(r role.Role) {
	m.printf("# %s\n", esc(r.Title))
	if len(r.Aliases) > 0 {
		names := make([]string, len(r.Aliases))
		for i, a := range r.Aliases {
			names[i] = esc(a)
		}
		m.printf("\nAlso known as: %s.\n", strings.Join(names, ", "))
	}
	m.facts(r)
	m.summary(r)
	m.responsibilities(r)
	m.skills(r)
	m.certifications(r)
	m.education(r)
	m.experience(r)
	m.technologies(r)
	m.interests(r)
	m.pay(r)
	m.outlook(r)
	m.leads(r)
	m.sources()
}

// facts writes the table of where the role sits.
func (m *mdWriter) facts(r role.Role) {
	var rows [][2]string
	add := func(k, v string) {
		if v != "" {
			rows = append(rows, [2]string{k, v})
		}
	}
	add("Level", r.Level.String())
	add("Track", r.Track.String())
	if fam, ok := m.c.FamilyOf(r.ID); ok {
		f, _ := m.c.Family(fam)
		add("Family", esc(cmp.Or(f.Title, string(fam))))
	}
	if r.Ladder != "" {
		l, _ := m.c.Ladder(r.Ladder)
		add("Ladder", fmt.Sprintf("%s, rung %d", esc(cmp.Or(l.Title, string(r.Ladder))), r.Rank))
	}
	if r.Grade != "" {
		g, _ := m.c.Grade(r.Grade)
		add("Grade", esc(cmp.Or(g.Title, string(r.Grade))))
	}
	add("O\\*NET-SOC", esc(r.Codes.ONetSOC))
	add("ISCO-08", esc(r.Codes.ISCO08))
	add("ESCO", esc(r.Codes.ESCO))
	if len(rows) == 0 {
		return
	}
	m.printf("\n| | |\n|---|---|\n")
	for _, row := range rows {
		m.printf("| %s | %s |\n", row[0], row[1])
	}
}

func (m *mdWriter) summary(r role.Role) {
	if len(r.Descriptions) == 0 {
		return
	}
	m.heading("Summary")
	for i, d := range r.Descriptions {
		if i > 0 {
			m.printf("\n")
		}
		m.printf("%s%s\n", escLine(d.Text), m.cite(d.Sources))
	}
}

func (m *mdWriter) responsibilities(r role.Role) {
	if len(r.Responsibilities) == 0 {
		return
	}
	m.heading("Responsibilities")
	groups := []struct {
		p     role.Priority
		title string
	}{{role.Primary, "Primary functions"}, {role.Secondary, "Secondary functions"}, {role.UnstatedPriority, "Other duties"}}
	ranked := slices.ContainsFunc(r.Responsibilities, func(x role.Responsibility) bool { return x.Priority != role.UnstatedPriority })
	first := true
	for _, g := range groups {
		var items []role.Responsibility
		for _, x := range r.Responsibilities {
			if x.Priority == g.p {
				items = append(items, x)
			}
		}
		if len(items) == 0 {
			continue
		}
		if ranked {
			if !first {
				m.printf("\n")
			}
			m.printf("### %s\n\n", g.title)
		}
		first = false
		for _, x := range items {
			area := ""
			if x.Area != "" {
				area = "**" + esc(x.Area) + ":** "
			}
			text := esc(x.Text)
			if area == "" {
				text = escLine(x.Text)
			}
			m.printf("- %s%s%s\n", area, text, m.cite(x.Sources))
		}
	}
}

func (m *mdWriter) skills(r role.Role) {
	if len(r.Skills) == 0 {
		return
	}
	m.heading("Skills")
	first := true
	for _, g := range []struct {
		essential bool
		title     string
	}{{true, "Essential"}, {false, "Optional"}} {
		var items []skill.Requirement
		for _, req := range r.Skills {
			if req.Essential == g.essential {
				items = append(items, req)
			}
		}
		if len(items) == 0 {
			continue
		}
		if !first {
			m.printf("\n")
		}
		first = false
		m.printf("### %s\n\n", g.title)
		for _, req := range items {
			name := string(req.Skill)
			if s, ok := m.c.Skill(req.Skill); ok {
				name = s.Name
			}
			// The source's word first, as people read it; the catalog's
			// level after it (the FT's "Foundational" is the catalog's
			// working, which alone would read as the FT's higher
			// "Working knowledge").
			var level []string
			if req.Label != "" && !strings.EqualFold(req.Label, req.Level.String()) {
				level = append(level, "“"+esc(req.Label)+"”")
			}
			if req.Level != skill.Unstated {
				level = append(level, req.Level.String())
			}
			line := "**" + esc(name) + "**"
			if len(level) > 0 {
				line += " (" + strings.Join(level, ", ") + ")"
			}
			if req.Text != "" {
				line += ": " + esc(req.Text)
			}
			m.printf("- %s%s\n", line, m.cite(req.Sources))
			m.quotes(req.Quotes)
		}
	}
}

func (m *mdWriter) certifications(r role.Role) {
	if len(r.Certifications) == 0 {
		return
	}
	m.heading("Certifications")
	for _, ref := range r.Certifications {
		name := string(ref.Certification)
		var issuer string
		if cert, ok := m.c.Certification(ref.Certification); ok {
			name = cert.Name
			if cert.Acronym != "" && cert.Acronym != cert.Name {
				name += " (" + cert.Acronym + ")"
			}
			issuer = cert.Issuer
		}
		line := "**" + esc(name) + "**"
		if issuer != "" {
			line += ", " + esc(issuer)
		}
		if ref.Required {
			line += ": required"
		} else {
			line += ": recommended"
		}
		if ref.Text != "" {
			line += ". " + esc(ref.Text)
		}
		m.printf("- %s%s\n", line, m.cite(ref.Sources))
		m.quotes(ref.Quotes)
	}
}

// quotes writes each source's own words about a skill or certification,
// where the sources do not share one text, as a nested list citing each.
func (m *mdWriter) quotes(qs []skill.Quote) {
	for _, q := range qs {
		m.printf("  - %s%s\n", esc(q.Text), m.cite(q.Sources))
	}
}

func (m *mdWriter) education(r role.Role) {
	if len(r.Education) == 0 {
		return
	}
	m.heading("Education")
	for _, e := range r.Education {
		var parts []string
		if e.Minimum != role.NoDegreeStated {
			parts = append(parts, "minimum "+degreeName(e.Minimum))
		}
		if len(e.Preferred) > 0 {
			names := make([]string, len(e.Preferred))
			for i, q := range e.Preferred {
				names[i] = esc(q.Name)
			}
			parts = append(parts, "preferred "+strings.Join(names, "; "))
		}
		if len(e.Fields) > 0 {
			fields := make([]string, len(e.Fields))
			for i, f := range e.Fields {
				fields[i] = esc(f)
			}
			parts = append(parts, "fields of study "+strings.Join(fields, ", "))
		}
		line := strings.Join(parts, "; ")
		if line != "" {
			line = upperFirst(line) + "."
		}
		if e.Text != "" {
			line = strings.TrimSpace(line + " “" + esc(e.Text) + "”")
		}
		m.printf("- %s%s\n", line, m.cite(e.Sources))
		m.shares(e.Distribution)
	}
}

// shares writes a distribution of respondents as a nested list line:
// every category with a share above zero in the source's order, the most
// common (the first of equal ones) marked, as the source reports them.
func (m *mdWriter) shares(d []role.Share) {
	if len(d) == 0 {
		return
	}
	modal := 0
	for i, sh := range d {
		if sh.Percent > d[modal].Percent {
			modal = i
		}
	}
	var parts []string
	for i, sh := range d {
		if sh.Percent <= 0 {
			continue
		}
		p := esc(sh.Category) + " " + formatPercent(sh.Percent)
		var marks []string
		if i == modal {
			marks = append(marks, "most common")
		}
		if sh.LowPrecision {
			marks = append(marks, "low precision")
		}
		if len(marks) > 0 {
			p += " (" + strings.Join(marks, ", ") + ")"
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return
	}
	m.printf("  - Respondents: %s.\n", strings.Join(parts, "; "))
}

// technologies writes the products the role uses, one line per category
// in order of first appearance.
func (m *mdWriter) technologies(r role.Role) {
	if len(r.Technologies) == 0 {
		return
	}
	m.heading("Technologies")
	type group struct {
		names   []string
		sources []string
	}
	var order []string
	groups := map[string]*group{}
	hot, inDemand := 0, 0
	for _, t := range r.Technologies {
		g, ok := groups[t.Category]
		if !ok {
			g = &group{}
			groups[t.Category] = g
			order = append(order, t.Category)
		}
		name := esc(t.Name)
		var marks []string
		if t.Hot {
			marks = append(marks, "hot")
			hot++
		}
		if t.InDemand {
			marks = append(marks, "in demand")
			inDemand++
		}
		if len(marks) > 0 {
			name += " (" + strings.Join(marks, ", ") + ")"
		}
		g.names = append(g.names, name)
		for _, id := range t.Sources {
			if !slices.Contains(g.sources, id) {
				g.sources = append(g.sources, id)
			}
		}
	}
	for _, cat := range order {
		g := groups[cat]
		head := ""
		if cat != "" {
			head = "**" + esc(cat) + "**: "
		}
		m.printf("- %s%s%s\n", head, strings.Join(g.names, ", "), m.cite(g.sources))
	}
	if hot+inDemand > 0 {
		m.printf("\nHot: employers' job postings often ask for it, across occupations; in demand: this occupation's postings often ask for it (%d hot, %d in demand of %d).\n",
			hot, inDemand, len(r.Technologies))
	}
}

// interests writes the role's RIASEC scores and high-point code.
func (m *mdWriter) interests(r role.Role) {
	i := r.Interests
	if i == nil {
		return
	}
	m.heading("Interests (RIASEC)")
	names := [6]string{"Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"}
	scores := i.Scores()
	var parts []string
	for k, n := range names {
		parts = append(parts, fmt.Sprintf("%s %s", n, strconv.FormatFloat(scores[k], 'f', -1, 64)))
	}
	line := strings.Join(parts, ", ") + " (1 to 7)."
	if i.HighPoint != "" {
		var hp []string
		for _, c := range i.HighPoint {
			if k := strings.IndexRune(role.RIASEC, c); k >= 0 {
				hp = append(hp, names[k])
			}
		}
		line += fmt.Sprintf(" High point %s: %s.", esc(i.HighPoint), strings.Join(hp, ", "))
	}
	m.printf("%s%s\n", line, m.cite(i.Sources))
}

var degreeNames = map[role.Degree]string{
	role.HighSchool: "high-school diploma",
	role.Associate:  "associate degree",
	role.Bachelor:   "bachelor's degree",
	role.Master:     "master's degree",
	role.Doctorate:  "doctorate",
}

func degreeName(d role.Degree) string { return cmp.Or(degreeNames[d], d.String()) }

func (m *mdWriter) experience(r role.Role) {
	if len(r.Experience) == 0 {
		return
	}
	m.heading("Experience")
	for _, e := range r.Experience {
		var parts []string
		if !e.Years.IsZero() {
			parts = append(parts, e.Years.String()+" years")
		}
		if !e.LeadershipYears.IsZero() {
			if len(parts) > 0 {
				parts = append(parts, e.LeadershipYears.String()+" in leadership")
			} else {
				parts = append(parts, e.LeadershipYears.String()+" years in leadership")
			}
		}
		line := strings.Join(parts, ", ")
		switch {
		case e.Preferred && line == "":
			line = "Preferred."
		case e.Preferred:
			line += " (preferred)."
		case line != "":
			line += "."
		}
		if e.Text != "" {
			line = strings.TrimSpace(line + " “" + esc(e.Text) + "”")
		}
		if e.JobZone > 0 && !strings.Contains(e.Text, "Job Zone") {
			line = strings.TrimSpace(fmt.Sprintf("%s (O*NET job zone %d)", line, e.JobZone))
		}
		m.printf("- %s%s\n", line, m.cite(e.Sources))
		m.shares(e.Distribution)
	}
}

var statisticNames = map[salary.Statistic]string{
	salary.RangeOfPay: "Range",
	salary.Average:    "Average",
	salary.Median:     "Median",
	salary.P10:        "10th percentile",
	salary.P25:        "25th percentile",
	salary.P50:        "Median",
	salary.P75:        "75th percentile",
	salary.P90:        "90th percentile",
}

func (m *mdWriter) pay(r role.Role) {
	var bands []role.PayBand
	var g role.Grade
	if r.Grade != "" {
		g, _ = m.c.Grade(r.Grade)
		bands = g.Pay
	}
	if len(r.Salaries) == 0 && len(bands) == 0 {
		return
	}
	m.heading("Pay")
	// A figure a source states per year and again per hour (BLS does for
	// each statistic) is one line, the other period in brackets after it.
	for _, f := range role.SalaryFacts(r.Salaries) {
		s := r.Salaries[f.Index]
		line := cmp.Or(statisticNames[s.Statistic], "Pay") + ": " + esc(s.Figure())
		var where []string
		if s.Period != salary.Unspecified {
			where = append(where, s.Period.String())
		}
		if s.Region != "" {
			where = append(where, esc(s.Region))
		}
		if s.Year != 0 {
			where = append(where, strconv.Itoa(s.Year))
		}
		for _, i := range f.Restated {
			o := r.Salaries[i]
			where = append(where, esc(o.Figure())+" "+o.Period.String())
		}
		if len(where) > 0 {
			line += " (" + strings.Join(where, ", ") + ")"
		}
		m.printf("- %s%s\n", line, m.cite(s.Sources))
	}
	if len(r.Salaries) > 0 {
		m.printf("\nEach figure is as its source states it; figures from different sources are not averaged.\n")
	}
	if len(bands) > 0 {
		if len(r.Salaries) > 0 {
			m.printf("\n")
		}
		m.printf("Pay bands of grade %s:\n\n", esc(cmp.Or(g.Title, string(g.ID))))
		for _, pb := range bands {
			b, err := pb.Band()
			if err != nil {
				continue // a validated catalog's bands always convert
			}
			m.printf("- %s: %s (%s)%s\n", esc(cmp.Or(pb.Region, "all regions")), esc(b.String()), pb.Period, m.cite(pb.Sources))
		}
	}
}

func (m *mdWriter) outlook(r role.Role) {
	if len(r.Outlook) == 0 {
		return
	}
	m.heading("Outlook")
	for _, o := range r.Outlook {
		head := esc(o.Region)
		switch {
		case o.FromYear != 0 && o.ToYear != 0:
			head += fmt.Sprintf(", %d-%d", o.FromYear, o.ToYear)
		case o.ToYear != 0:
			head += fmt.Sprintf(", to %d", o.ToYear)
		}
		if o.Scope != "" {
			head += " (" + esc(o.Scope) + ")"
		}
		// hedged puts the source's qualifier of a figure before it ("about
		// 12%"), so that an estimate does not read as an exact figure.
		hedged := func(figure, s string) string {
			if q := o.QualifierOf(figure); q != "" {
				return q + " " + s
			}
			return s
		}
		var figs []string
		if o.GrowthPercent != nil {
			f := "growth " + hedged("growth_percent", formatPercent(*o.GrowthPercent))
			if o.AverageGrowthPercent != nil {
				f += " (all occupations " + hedged("average_growth_percent", formatPercent(*o.AverageGrowthPercent)) + ")"
			}
			figs = append(figs, f)
		}
		if o.OpeningsPerYear > 0 {
			figs = append(figs, hedged("openings_per_year", thousands(o.OpeningsPerYear))+" openings a year")
		}
		if o.Employment > 0 {
			f := "employment " + hedged("employment", thousands(o.Employment))
			if o.Year != 0 {
				f += fmt.Sprintf(" (%d)", o.Year)
			}
			figs = append(figs, f)
		}
		if o.ProjectedEmployment > 0 {
			f := "projected employment " + hedged("projected_employment", thousands(o.ProjectedEmployment))
			if o.ToYear != 0 {
				f += fmt.Sprintf(" (%d)", o.ToYear)
			}
			figs = append(figs, f)
		}
		if o.Vacancies > 0 {
			figs = append(figs, hedged("vacancies", thousands(o.Vacancies))+" vacancies")
		}
		line := head
		if len(figs) > 0 {
			line += ": " + strings.Join(figs, "; ") + "."
		}
		if o.Text != "" {
			line += " “" + esc(o.Text) + "”"
		}
		m.printf("- %s%s\n", line, m.cite(o.Sources))
	}
}

func formatPercent(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) + "%" }

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 && r != '-' && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (m *mdWriter) leads(r role.Role) {
	g := m.c.Graph()
	var adv, lat, from []string
	for t := range g.From(r.ID) {
		switch t.Kind {
		case career.Advancement:
			adv = append(adv, esc(g.Title(t.To)))
		case career.Lateral:
			lat = append(lat, esc(g.Title(t.To)))
		}
	}
	for t := range g.To(r.ID) {
		from = append(from, esc(g.Title(t.From)))
	}
	var next []string
	if rs, err := m.c.NextRung(r.ID); err == nil {
		for _, n := range rs {
			next = append(next, esc(n.Title))
		}
	}
	if len(adv)+len(lat)+len(from)+len(next) == 0 {
		return
	}
	m.heading("Where the role leads")
	list := func(label string, names []string) {
		if len(names) == 0 {
			return
		}
		slices.Sort(names)
		names = slices.Compact(names)
		m.printf("- **%s:** %s\n", label, strings.Join(names, ", "))
	}
	list("Advancement to", adv)
	list("Lateral moves", lat)
	list("Next rung", next)
	list("Entry points from", from)
}

func (m *mdWriter) sources() {
	if len(m.order) == 0 {
		return
	}
	m.heading("Sources")
	for i, id := range m.order {
		s, ok := m.c.Source(id)
		if !ok {
			m.printf("%d. %s\n", i+1, esc(id))
			continue
		}
		line := "*" + esc(s.Title) + "*"
		for _, part := range []string{s.Author, s.Publisher, s.Published} {
			if part != "" {
				line += ", " + esc(part)
			}
		}
		if s.URL != "" {
			line += ", <" + s.URL + ">"
		}
		if s.License != "" {
			line += ". Licence: " + esc(s.License)
		}
		m.printf("%d. %s\n", i+1, line)
	}
}

// esc escapes text for Markdown inline content: the characters that start
// emphasis, code, links, HTML or table cells are backslash-escaped, line
// breaks and other control characters become spaces.
func esc(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r):
			b.WriteRune('\uFFFD')
		case strings.ContainsRune("\\`*_[]<|", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escLine is esc for text that starts a line or a list item, where a
// leading "-", "+", "=", "#", ">" or "1." would start a list, a heading or
// a quote.
func escLine(s string) string {
	e := esc(strings.TrimLeft(s, " "))
	if e == "" {
		return e
	}
	switch e[0] {
	case '-', '+', '=', '#', '>':
		return "\\" + e
	}
	if i := strings.IndexFunc(e, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && (e[i] == '.' || e[i] == ')') {
		return e[:i] + "\\" + e[i:]
	}
	return e
}

func upperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}
