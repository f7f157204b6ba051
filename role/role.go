package role

import (
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// ID identifies a role within a catalog: a lower-case slug such as
// "technology-director". IDs are stable; titles may change.
type ID string

// Role is everything a catalog records about one job: what it is called,
// where it sits, what it does, what it asks of a person, what it pays, and
// where it leads. Every fact that comes from a document carries the IDs of
// its sources (catalog Source entries).
//
// A Role is a plain value. The catalog hands out deep copies (Clone), so a
// caller may change what it gets without changing the catalog.
type Role struct {
	// The role's ID, a lower-case slug unique among roles; stable while titles
	// change.
	ID ID `json:"id" validate:"required,slug"`
	// The role's title. Titles and aliases are unique across a catalog,
	// ignoring case and spacing.
	Title string `json:"title" validate:"required,max=200"`
	// Aliases are other titles for the same role. Titles and aliases are
	// unique across a catalog, ignoring case and spacing.
	Aliases []string `json:"aliases,omitempty" validate:"dive,required,max=200"`
	// The career track; omitted when not stated.
	Track Track `json:"track,omitzero"`
	// The seniority; omitted when not stated. Level is the coarse class
	// that compares across catalogs; Ladder, Rank and Grade place the role
	// in its own organisation's job architecture.
	Level Level `json:"level,omitzero"`
	// The job family the role belongs to; omitted when not stated.
	Family FamilyID `json:"family,omitempty"`
	// The career ladder the role is a rung of; omitted when it is on none.
	Ladder LadderID `json:"ladder,omitempty"`
	// The role's rung on its ladder, 1 for the entry rung; set exactly when
	// Ladder is. Roles of different tracks may share a rung.
	Rank int `json:"rank,omitempty" validate:"min=0,max=1000"`
	// The pay grade of the role; omitted when not stated.
	Grade GradeID `json:"grade,omitempty"`

	// Descriptions are what the sources say the role is, one statement per
	// source.
	Descriptions []Statement `json:"descriptions,omitempty" validate:"dive"`
	// The role's duties.
	Responsibilities []Responsibility `json:"responsibilities,omitempty" validate:"dive"`
	// The skills the role asks for. A role with none has no recorded
	// requirements.
	Skills []skill.Requirement `json:"skills,omitempty" validate:"dive"`
	// Certifications recommended or required for the role.
	Certifications []CertificationRef `json:"certifications,omitempty" validate:"dive"`
	// What the sources say about formal education, one entry per source
	// statement.
	Education []Education `json:"education,omitempty" validate:"dive"`
	// What the sources say about experience, one entry per source statement.
	Experience []Experience `json:"experience,omitempty" validate:"dive"`
	// Pay figures, one entry per source; never averaged.
	Salaries []Salary `json:"salaries,omitempty" validate:"dive"`
	// Statements about demand for the role, one per source statement.
	Outlook []Outlook `json:"outlook,omitempty" validate:"dive"`
	// Sectors the sources name for the role.
	Industries []Industry `json:"industries,omitempty" validate:"dive"`
	// The roles this role reports to.
	ReportsTo []Ref `json:"reports_to,omitempty" validate:"dive"`
	// Codes tying the role to public taxonomies.
	Codes Codes `json:"codes,omitzero"`

	// EntryFrom, AdvancementTo and LateralMoves are the three career lists
	// job descriptions give: the roles people come from, the roles they go
	// on to, and the moves at the same level. A catalog derives its career
	// transitions from them.
	EntryFrom []Ref `json:"entry_from,omitempty" validate:"dive"`
	// Roles people advance to: each gives an advancement transition from this
	// role.
	AdvancementTo []Ref `json:"advancement_to,omitempty" validate:"dive"`
	// Moves at the same level: each gives a lateral transition from this role.
	LateralMoves []Ref `json:"lateral_moves,omitempty" validate:"dive"`
	// Transitions are further moves out of this role, each with a kind and
	// optional weights, for authors who need more than the three lists.
	Transitions []Move `json:"transitions,omitempty" validate:"dive"`

	// Sources lists every source that describes this role.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`

	// NameSources say which sources call the role by which name: one entry
	// per name, with every source that uses it for this role. A name is the
	// title or an alias, or, with a Note saying why, a name a source gives
	// the role that the catalog does not make one of its names (because it
	// is another role's title, say). Aliases stay the names a lookup finds;
	// NameSources only cite them.
	NameSources []NameSource `json:"name_sources,omitempty" validate:"dive"`
	// Technologies are the software and tools the sources say the role
	// uses, one entry per product (O*NET's Technology Skills: "Kubernetes",
	// in the category "Application server software"). Catalog.RolesUsing
	// finds the roles that use one.
	Technologies []Technology `json:"technologies,omitempty" validate:"dive"`
	// Interests are the role's occupational interest scores on the six
	// RIASEC types (O*NET's Interests); nil when no source rates them.
	Interests *Interests `json:"interests,omitempty"`
}

// NameSource is one name of a role with the sources that use it.
type NameSource struct {
	// The name as the catalog spells it: the role's title, one of its
	// aliases, or another name a source gives the role (then Note says why
	// it is not an alias).
	Name string `json:"name" validate:"required,max=200"`
	// Note says how the name was read where a source does not write it as
	// spelled here ("Vice President (VP) of Technology / Engineering" read
	// as four names), or what a source qualifies it with ("in some
	// organizations").
	Note string `json:"note,omitempty" validate:"max=4000"`
	// IDs of the catalog sources that use the name for the role; at least
	// one.
	Sources []string `json:"sources" validate:"min=1,dive,required"`
}

func (n NameSource) clone() NameSource { n.Sources = slices.Clone(n.Sources); return n }

// Names returns the role's title followed by its aliases.
func (r Role) Names() []string {
	return append([]string{r.Title}, r.Aliases...)
}

// HasRequirements reports whether the catalog records skill requirements for
// the role. A role the sources only name has none, which is different from a
// role that needs nothing.
func (r Role) HasRequirements() bool { return len(r.Skills) > 0 }

// Clone returns a deep copy of r that shares no memory with it.
func (r Role) Clone() Role {
	r.Aliases = slices.Clone(r.Aliases)
	r.Descriptions = cloneEach(r.Descriptions, Statement.clone)
	r.Responsibilities = cloneEach(r.Responsibilities, Responsibility.clone)
	r.Skills = cloneEach(r.Skills, skill.Requirement.Clone)
	r.Certifications = cloneEach(r.Certifications, CertificationRef.clone)
	r.Education = cloneEach(r.Education, Education.clone)
	r.Experience = cloneEach(r.Experience, Experience.clone)
	r.Salaries = cloneEach(r.Salaries, Salary.clone)
	r.Outlook = cloneEach(r.Outlook, Outlook.clone)
	r.Industries = cloneEach(r.Industries, Industry.clone)
	r.ReportsTo = cloneEach(r.ReportsTo, Ref.clone)
	r.Codes = r.Codes.clone()
	r.EntryFrom = cloneEach(r.EntryFrom, Ref.clone)
	r.AdvancementTo = cloneEach(r.AdvancementTo, Ref.clone)
	r.LateralMoves = cloneEach(r.LateralMoves, Ref.clone)
	r.Transitions = cloneEach(r.Transitions, Move.clone)
	r.Sources = slices.Clone(r.Sources)
	r.NameSources = cloneEach(r.NameSources, NameSource.clone)
	r.Technologies = cloneEach(r.Technologies, Technology.clone)
	if r.Interests != nil {
		i := r.Interests.clone()
		r.Interests = &i
	}
	return r
}

func cloneEach[T any](s []T, f func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

// Statement is a sentence or paragraph from the sources, with their IDs.
type Statement struct {
	// The statement.
	Text string `json:"text" validate:"required,max=8000"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (s Statement) clone() Statement { s.Sources = slices.Clone(s.Sources); return s }

// Responsibility is one duty of a role, grouped by area ("Strategic
// Planning and Technology Vision") and ranked primary or secondary where the
// source ranks it.
type Responsibility struct {
	// The area the duty belongs to, such as "Strategic Planning".
	Area string `json:"area,omitempty" validate:"max=200"`
	// The duty.
	Text string `json:"text" validate:"required,max=8000"`
	// primary or secondary; omitted when the source does not rank duties.
	Priority Priority `json:"priority,omitzero"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// Note says how the duty was read where a reader may ask, such as a
	// list the source gives without a heading.
	Note string `json:"note,omitempty" validate:"max=4000"`
	// ID is the source's own identifier of the duty, where it has one
	// (O*NET's Task ID, "8823"), so that a duty can be traced to the
	// source's record; omitted otherwise. It is not a catalog ID: nothing
	// refers to it, and two roles may cite one task.
	ID string `json:"id,omitempty" validate:"max=40"`
}

func (r Responsibility) clone() Responsibility { r.Sources = slices.Clone(r.Sources); return r }

// CertificationRef recommends a catalog certification for a role. Text is
// words every source in Sources says; where the sources recommend it in
// different words, Text is empty and Quotes keep each source's words with
// that source (see skill.Requirement).
type CertificationRef struct {
	// The ID of a catalog certification.
	Certification skill.CertificationID `json:"certification" validate:"required"`
	// Required is true when the source demands the certification rather
	// than recommends it.
	Required bool `json:"required,omitempty"`
	// What the sources say about it: words every source in Sources says.
	Text string `json:"text,omitempty" validate:"max=4000"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// Quotes are each source's own words about it, where the sources do
	// not share one Text; every source a quote cites is in Sources.
	Quotes []skill.Quote `json:"quotes,omitempty" validate:"dive"`
}

func (c CertificationRef) clone() CertificationRef {
	c.Sources = slices.Clone(c.Sources)
	c.Quotes = skill.CloneQuotes(c.Quotes)
	return c
}

// Qualification is a degree a source names, with its wording.
type Qualification struct {
	// The level of the degree; omitted when not stated.
	Degree Degree `json:"degree,omitzero"`
	// The degree as the source names it.
	Name string `json:"name" validate:"required,max=400"`
}

// Education is what one source says a role needs in formal education.
type Education struct {
	// The minimum degree; omitted when the source names none.
	Minimum Degree `json:"minimum,omitzero"`
	// Degrees the source prefers, with its wording.
	Preferred []Qualification `json:"preferred,omitempty" validate:"dive"`
	// Fields of study the source names.
	Fields []string `json:"fields,omitempty" validate:"dive,required,max=200"`
	// What the source says.
	Text string `json:"text,omitempty" validate:"max=8000"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// Note says how the statement was read where the source's words are
	// not those of the fields: a degree that "can enhance qualifications"
	// or that organisations "may require", recorded as preferred; a degree
	// "often required", recorded as the minimum.
	Note string `json:"note,omitempty" validate:"max=4000"`
	// Distribution is how the people a source surveyed answer the question
	// of the education the role requires: the percentage of respondents
	// per category, in the source's order of categories (lowest level
	// first), as the source reports them (O*NET's Required Level of
	// Education, categories 1 "Less than a High School Diploma" to 12
	// "Post-Doctoral Training"). No single figure is derived from it;
	// Text states the most common category in words.
	Distribution []Share `json:"distribution,omitempty" validate:"dive"`
}

func (e Education) clone() Education {
	e.Preferred = slices.Clone(e.Preferred)
	e.Fields = slices.Clone(e.Fields)
	e.Sources = slices.Clone(e.Sources)
	e.Distribution = slices.Clone(e.Distribution)
	return e
}

// Experience is what one source says a role needs in experience: years in
// all, years in leadership, and whether it is a requirement or a preference.
type Experience struct {
	// Years of experience in all.
	Years Years `json:"years,omitzero"`
	// Years of experience in leadership.
	LeadershipYears Years `json:"leadership_years,omitzero"`
	// True for a preference rather than a requirement.
	Preferred bool `json:"preferred,omitempty"`
	// What the source says.
	Text string `json:"text,omitempty" validate:"max=8000"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// Note says how the statement was read where the source's words are
	// not those of the fields, such as "at least 5-7 years" written 5-7+.
	Note string `json:"note,omitempty" validate:"max=4000"`
	// Distribution is how the people a source surveyed answer the question
	// of the experience the role requires: the percentage of respondents
	// per category, in the source's order (least first), as the source
	// reports them (O*NET's Related Work Experience, categories 1 "None"
	// to 11 "Over 10 years"). Years is not derived from it; Text states
	// the most common category in words.
	Distribution []Share `json:"distribution,omitempty" validate:"dive"`
	// JobZone is the O*NET job zone the source places the role in, 1 to 5:
	// how much preparation (education, related experience, on-the-job
	// training) the role needs, from 1 "little or no preparation" to 5
	// "extensive preparation". 0 when the source gives none.
	JobZone int `json:"job_zone,omitempty" validate:"min=0,max=5"`
}

func (e Experience) clone() Experience {
	e.Sources = slices.Clone(e.Sources)
	e.Distribution = slices.Clone(e.Distribution)
	return e
}

// Salary is one source's pay figure for a role: a range (Min to Max, with
// OpenEnded for "$250,000+"), or a single Value for an average, median or
// percentile (with OpenEnded for a figure stated as a lower bound, such as
// a top-coded percentile). Amounts are in major units of Currency.
type Salary struct {
	// What the figure reports.
	Statistic salary.Statistic `json:"statistic" validate:"required"`
	// The currency of the figures.
	Currency salary.Currency `json:"currency" validate:"required"`
	// The low end of a range.
	Min salary.Amount `json:"min,omitzero"`
	// The high end of a range.
	Max salary.Amount `json:"max,omitzero"`
	// True when the range has no upper bound or more is common
	// ("$250,000+"), or when a single figure is a lower bound: a percentile
	// a survey top-codes ("at or above $239,200").
	OpenEnded bool `json:"open_ended,omitempty"`
	// The figure of an average, median or percentile.
	Value salary.Amount `json:"value,omitzero"`
	// The span of time the figure is for.
	Period salary.Period `json:"period" validate:"required"`
	// Where the figure applies.
	Region string `json:"region,omitempty" validate:"max=200"`
	// Year is the year the figure is for, where the source gives one.
	Year int `json:"year,omitempty" validate:"omitempty,min=1900,max=2200"`
	// Text is the figure as the source writes it: "$150,000 - $250,000+".
	Text string `json:"text,omitempty" validate:"max=1000"`
	// A note on how the figure was read.
	Note string `json:"note,omitempty" validate:"max=4000"`
	// IDs of the catalog sources it comes from; at least one.
	Sources []string `json:"sources" validate:"min=1,dive,required"`
}

func (s Salary) clone() Salary { s.Sources = slices.Clone(s.Sources); return s }

// Figure returns the entry's figure for people to read: the source's own
// words (Text) where they hold the figure, else the amounts in the
// currency's short form, a range as "$150,000 - $250,000", with "+" when
// open-ended. Words without a digit, such as BLS's "#" for a wage at or
// above the survey's top, give way to the amounts ("$239,200+").
func (s Salary) Figure() string {
	if strings.ContainsAny(s.Text, "0123456789") {
		return strings.TrimSpace(s.Text)
	}
	short := func(a salary.Amount) string {
		if m, err := a.In(s.Currency); err == nil {
			return m.Short()
		}
		return a.String() + " " + s.Currency.String()
	}
	var f string
	if s.Statistic == salary.RangeOfPay || (s.Value.IsZero() && !s.Max.IsZero()) {
		f = short(s.Min) + " - " + short(s.Max)
	} else {
		f = short(s.Value)
	}
	if s.OpenEnded {
		f += "+"
	}
	return f
}

// Outlook is one source's statement about demand for a role: growth over a
// period, openings, employment or vacancies, in a region, and the
// preparation the source says the role typically needs. Figures the source
// does not give are zero (nil for percentages, where 0% is a real answer).
// A figure the source hedges ("about 12%", "over two million") is stored as
// the number it names, with the hedge in Qualifiers; Scope and Note say what
// the figures count where it is not the role itself.
type Outlook struct {
	// The region the statement is about.
	Region string `json:"region" validate:"required,max=200"`
	// Scope says what the figure counts, in the source's words ("tech
	// leaders, including IT directors").
	Scope string `json:"scope,omitempty" validate:"max=400"`
	// Projected growth over the period, in percent.
	GrowthPercent *float64 `json:"growth_percent,omitempty" validate:"omitnil,min=-100,max=1000"`
	// Average growth for all occupations over the period, in percent.
	AverageGrowthPercent *float64 `json:"average_growth_percent,omitempty" validate:"omitnil,min=-100,max=1000"`
	// The first year of the period.
	FromYear int `json:"from_year,omitempty" validate:"omitempty,min=1900,max=2200"`
	// The last year of the period.
	ToYear int `json:"to_year,omitempty" validate:"omitempty,min=1900,max=2200"`
	// Projected openings each year.
	OpeningsPerYear int `json:"openings_per_year,omitempty" validate:"min=0"`
	// The number of people employed in the role.
	Employment int `json:"employment,omitempty" validate:"min=0"`
	// The number of people the source projects will be employed in the
	// role at the end of the period (ToYear).
	ProjectedEmployment int `json:"projected_employment,omitempty" validate:"min=0"`
	// The number of open positions.
	Vacancies int `json:"vacancies,omitempty" validate:"min=0"`
	// Year is the year a count (employment, vacancies) is for.
	Year int `json:"year,omitempty" validate:"omitempty,min=1900,max=2200"`
	// The education the source says is typically needed to enter the role,
	// in its words ("Bachelor's degree").
	TypicalEducation string `json:"typical_education,omitempty" validate:"max=200"`
	// The work experience in a related occupation the source says is
	// typically needed, in its words ("5 years or more", "None").
	WorkExperience string `json:"work_experience,omitempty" validate:"max=200"`
	// The on-the-job training the source says is typically needed to become
	// competent, in its words ("Moderate-term on-the-job training", "None").
	Training string `json:"training,omitempty" validate:"max=200"`
	// What the source says.
	Text string `json:"text,omitempty" validate:"max=8000"`
	// IDs of the catalog sources it comes from; at least one.
	Sources []string `json:"sources" validate:"min=1,dive,required"`
	// Qualifiers are the words the source puts on its figures ("about",
	// "almost", "over", "nearly"), one per qualified figure; a figure
	// without one is stated exactly. Each names a figure the entry sets.
	Qualifiers []Qualifier `json:"qualifiers,omitempty" validate:"dive"`
	// Note says how the statement was read where a reader may ask: whose
	// figure it is, and what it counts when that is wider than the role.
	Note string `json:"note,omitempty" validate:"max=4000"`
}

// Qualifier is a source's hedge on one figure of an Outlook entry: "about"
// in "about 12% by 2026", "over" in "over two million vacancies".
type Qualifier struct {
	// The figure qualified, by its JSON name: growth_percent,
	// average_growth_percent, openings_per_year, employment,
	// projected_employment or vacancies.
	Figure string `json:"figure" validate:"required,oneof=growth_percent average_growth_percent openings_per_year employment projected_employment vacancies"`
	// The qualifier as the source writes it, such as "about" or "just
	// above".
	Word string `json:"word" validate:"required,max=40"`
}

// QualifierOf returns the word the source qualifies figure with ("about"),
// or "" for a figure stated exactly. figure is a JSON name, as in
// Qualifier.Figure.
func (o Outlook) QualifierOf(figure string) string {
	for _, q := range o.Qualifiers {
		if q.Figure == figure {
			return q.Word
		}
	}
	return ""
}

func (o Outlook) clone() Outlook {
	if o.GrowthPercent != nil {
		v := *o.GrowthPercent
		o.GrowthPercent = &v
	}
	if o.AverageGrowthPercent != nil {
		v := *o.AverageGrowthPercent
		o.AverageGrowthPercent = &v
	}
	o.Sources = slices.Clone(o.Sources)
	o.Qualifiers = slices.Clone(o.Qualifiers)
	return o
}

// Industry is a sector a source names for the role.
type Industry struct {
	// The sector.
	Name string `json:"name" validate:"required,max=200"`
	// A note about it.
	Note string `json:"note,omitempty" validate:"max=4000"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (i Industry) clone() Industry { i.Sources = slices.Clone(i.Sources); return i }

// Codes tie a role to public taxonomies.
type Codes struct {
	// ONetSOC is an O*NET-SOC code, "NN-NNNN.NN" (11-3021.00), in the
	// taxonomy of the catalog's source: O*NET-SOC 2019 for O*NET 25.1 and
	// later (the one BLS's SOC 2018 data matches), O*NET-SOC 2010 for
	// earlier releases. Importers match codes by their digits (bls.Attach,
	// esco.Join), which is right only within one taxonomy version: the
	// code does not say which, so a catalog should not mix them.
	ONetSOC string `json:"onet_soc,omitempty" validate:"omitempty,onetsoc"`
	// ISCO08 is an ISCO-08 group code of one to four digits (1330).
	ISCO08 string `json:"isco_08,omitempty" validate:"omitempty,isco08"`
	// ESCO is an ESCO occupation concept URI, at most 2,000 characters
	// (the longest URL browsers and sitemaps are relied on to take; ESCO's
	// are under 100).
	ESCO string `json:"esco,omitempty" validate:"omitempty,max=2000,url"`
	// Note says how the codes were chosen, where a reader may ask.
	Note string `json:"note,omitempty" validate:"max=4000"`
	// Sources are the taxonomies, or documents, the codes are taken from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
	// ESCOCode is the occupation's code in ESCO (v1.1 and later): its
	// ISCO-08 unit group, a dot and its place below it, one number per
	// level of ESCO's hierarchy ("2512.4", "2654.1.7").
	ESCOCode string `json:"esco_code,omitempty" validate:"omitempty,escocode"`
}

// IsZero reports whether no code, note or source is set.
func (c Codes) IsZero() bool {
	return c.ONetSOC == "" && c.ISCO08 == "" && c.ESCO == "" && c.Note == "" && len(c.Sources) == 0 && c.ESCOCode == ""
}

func (c Codes) clone() Codes { c.Sources = slices.Clone(c.Sources); return c }

// Ref names another role, with the sources that link the two and optional
// weights for the move.
type Ref struct {
	// The ID of a catalog role.
	Role ID `json:"role" validate:"required"`
	// Years is the typical time, in years, spent before the move.
	Years float64 `json:"years,omitempty" validate:"min=0,max=80"`
	// Index is a source's measure of how related the two roles are, in the
	// source's own direction: a rank where 1 is closest (O*NET), or a
	// similarity where higher is closer (ESCO).
	Index float64 `json:"index,omitempty" validate:"min=0"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (r Ref) clone() Ref { r.Sources = slices.Clone(r.Sources); return r }

// Move is an explicit transition out of a role. Kind is "entry",
// "advancement" or "lateral", the text forms of career.Kind.
type Move struct {
	// The ID of the catalog role the move leads to.
	To ID `json:"to" validate:"required"`
	// The kind of move: entry, advancement or lateral.
	Kind string `json:"kind" validate:"required,oneof=entry advancement lateral"`
	// The typical time, in years, spent before the move.
	Years float64 `json:"years,omitempty" validate:"min=0,max=80"`
	// How related a source says the two roles are, in its own direction: a
	// rank where 1 is closest, or a similarity where higher is closer.
	Index float64 `json:"index,omitempty" validate:"min=0"`
	// IDs of the catalog sources it comes from.
	Sources []string `json:"sources,omitempty" validate:"dive,required"`
}

func (m Move) clone() Move { m.Sources = slices.Clone(m.Sources); return m }

// Source is a document a catalog's facts come from. Facts cite it by ID.
type Source struct {
	// The source's ID, a lower-case slug unique among sources.
	ID string `json:"id" validate:"required,slug"`
	// The document's title.
	Title string `json:"title" validate:"required,max=400"`
	// Publisher, Author and Published (a date as the document gives it) are
	// set where the document states them.
	Publisher string `json:"publisher,omitempty" validate:"max=200"`
	// The author, where the document states one.
	Author string `json:"author,omitempty" validate:"max=200"`
	// The publication date as the document gives it (text, not a date type).
	Published string `json:"published,omitempty" validate:"max=40"`
	// Where the document can be found: an absolute URL of at most 2,000
	// characters.
	URL string `json:"url,omitempty" validate:"omitempty,max=2000,url"`
	// The document's licence.
	License string `json:"license,omitempty" validate:"max=400"`
	// A note about the source.
	Note string `json:"note,omitempty" validate:"max=4000"`
}

// Range returns the entry as a salary.Range: the range or single figure in
// its currency and period, with its region, year and sources (joined by
// ", ") set. It fails where the entry breaks a rule of salary.FromAmounts,
// which a validated catalog's entries never do.
func (s Salary) Range() (salary.Range, error) {
	r, err := salary.FromAmounts(s.Statistic, s.Currency, s.Min, s.Max, s.Value, s.OpenEnded, s.Period)
	if err != nil {
		return salary.Range{}, err
	}
	r = r.WithRegion(s.Region).WithSource(strings.Join(s.Sources, ", "))
	if s.Year != 0 {
		r = r.WithYear(s.Year)
	}
	return r, nil
}
