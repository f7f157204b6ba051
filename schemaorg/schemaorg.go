package schemaorg

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// Context is the JSON-LD @context of every document this package writes.
const Context = "https://schema.org"

// The code sets an Occupation's occupationalCategory names. The URLs are
// those schema.org's definition of occupationalCategory links for O*NET-SOC
// and ISCO-08, and ESCO's page for its occupation pillar. They are
// unexported so that no caller can change what the next caller gets.
var (
	onetSOC = CategoryCodeSet{Type: "CategoryCodeSet", Name: "O*NET-SOC", URL: "https://www.onetcenter.org/taxonomy.html"}
	isco08  = CategoryCodeSet{Type: "CategoryCodeSet", Name: "ISCO-08", URL: "https://www.ilo.org/public/english/bureau/stat/isco/isco08/"}
	esco    = CategoryCodeSet{Type: "CategoryCodeSet", Name: "ESCO occupations", URL: "https://esco.ec.europa.eu/en/classification/occupation_main"}
)

// Occupation is a schema.org Occupation
// (https://schema.org/Occupation) as JSON-LD. Its fields are the
// properties this package writes, with their JSON-LD names; empty ones are
// omitted. The zero value is not a valid document: use NewOccupation.
//
// List fields are JSON arrays even with one element, which JSON-LD reads
// the same as a single value.
type Occupation struct {
	Context string `json:"@context"` // always Context
	Type    string `json:"@type"`    // always "Occupation"

	Name          string   `json:"name"`                    // the role's title
	AlternateName []string `json:"alternateName,omitempty"` // its aliases
	// Description holds what the sources say the role is, one statement
	// per source.
	Description []string `json:"description,omitempty"`
	// OccupationalCategory holds the role's O*NET-SOC, ISCO-08 and ESCO
	// codes, in that order.
	OccupationalCategory []CategoryCode `json:"occupationalCategory,omitempty"`
	// EstimatedSalary holds one entry per salary figure of the catalog,
	// in catalog order: figures from different sources are never merged.
	EstimatedSalary []SalaryEstimate `json:"estimatedSalary,omitempty"`
	// Responsibilities are the role's duties, "Area: text" where the
	// catalog groups a duty under an area.
	Responsibilities []string `json:"responsibilities,omitempty"`
	// Skills are the skills the role asks for, essential and optional.
	Skills []DefinedTerm `json:"skills,omitempty"`
	// Qualifications are the certifications and programmes the sources
	// recommend or require.
	Qualifications []EducationalOccupationalCredential `json:"qualifications,omitempty"`
	// EducationRequirements hold one credential per education statement.
	EducationRequirements []EducationalOccupationalCredential `json:"educationRequirements,omitempty"`
	// ExperienceRequirements hold one entry per experience statement.
	ExperienceRequirements []OccupationalExperienceRequirements `json:"experienceRequirements,omitempty"`
}

// CategoryCode is a schema.org CategoryCode: a code in a code set, such as
// O*NET-SOC 11-3021.00. An ESCO occupation, which the catalog knows by its
// concept URI only, has URL and no CodeValue.
type CategoryCode struct {
	Type      string          `json:"@type"`               // always "CategoryCode"
	CodeValue string          `json:"codeValue,omitempty"` // the code, "11-3021.00"; empty for ESCO
	URL       string          `json:"url,omitempty"`       // the code's page, or ESCO's concept URI; empty for ISCO-08
	InCodeSet CategoryCodeSet `json:"inCodeSet"`           // the code set the code is from
}

// CategoryCodeSet is a schema.org CategoryCodeSet: a named, linked code
// set, "O*NET-SOC", "ISCO-08" or "ESCO occupations".
type CategoryCodeSet struct {
	Type string `json:"@type"`         // always "CategoryCodeSet"
	Name string `json:"name"`          // "O*NET-SOC", "ISCO-08" or "ESCO occupations"
	URL  string `json:"url,omitempty"` // the code set's page
}

// SalaryEstimate is one value of estimatedSalary: a schema.org
// MonetaryAmountDistribution for a median or a percentile, or a
// MonetaryAmount for a range or an average, which a distribution cannot
// express. Type says which; the fields of the other type are empty.
//
// Amounts are the catalog's exact decimals, written as JSON numbers
// without float rounding (142500, 68.5).
type SalaryEstimate struct {
	Type string `json:"@type"` // "MonetaryAmountDistribution" or "MonetaryAmount"
	// Name says what the figure is, with its region and year:
	// "Median pay (United States, 2024)".
	Name string `json:"name,omitempty"`
	// Description is the figure as the source writes it, followed by the
	// titles of its sources.
	Description string `json:"description,omitempty"`
	Currency    string `json:"currency"` // ISO 4217
	// Duration is the pay period in ISO 8601 (P1Y, P1M, P1W, P1D, PT1H);
	// MonetaryAmountDistribution only.
	Duration     string        `json:"duration,omitempty"`
	Median       salary.Amount `json:"median,omitzero"`       // a median or 50th percentile; zero for other statistics
	Percentile10 salary.Amount `json:"percentile10,omitzero"` // a 10th percentile; zero for other statistics
	Percentile25 salary.Amount `json:"percentile25,omitzero"` // a 25th percentile; zero for other statistics
	Percentile75 salary.Amount `json:"percentile75,omitzero"` // a 75th percentile; zero for other statistics
	Percentile90 salary.Amount `json:"percentile90,omitzero"` // a 90th percentile; zero for other statistics
	// Value holds a MonetaryAmount's figure or range with its pay period
	// as a unit; MonetaryAmount only.
	Value *QuantitativeValue `json:"value,omitempty"`
}

// QuantitativeValue is a schema.org QuantitativeValue: a single Value or a
// MinValue-MaxValue range, per unit of time. UnitCode is the UN/CEFACT
// common code of the pay period (ANN, MON, WEE, DAY, HUR) and UnitText its
// name as job-posting consumers expect it (YEAR, MONTH, WEEK, DAY, HOUR).
type QuantitativeValue struct {
	Type     string        `json:"@type"`              // always "QuantitativeValue"
	Value    salary.Amount `json:"value,omitzero"`     // a single figure; zero for a range
	MinValue salary.Amount `json:"minValue,omitzero"`  // a range's low end; zero for a single figure
	MaxValue salary.Amount `json:"maxValue,omitzero"`  // a range's high end; zero for a single figure
	UnitCode string        `json:"unitCode,omitempty"` // empty when the pay period is not stated
	UnitText string        `json:"unitText,omitempty"` // empty when the pay period is not stated
}

// Extension is the namespace of the terms this package adds where
// schema.org has none: how much of a skill an occupation asks for, and
// whether it is essential. schema.org's skills property takes a
// DefinedTerm, which has no property for either, so they are written as
// absolute IRIs under this namespace, which JSON-LD processors keep as they
// are and schema.org consumers ignore:
//
//	Extension+"proficiencyLevel"  text: awareness, working, practitioner, advanced or expert (package skill's scale)
//	Extension+"proficiencyLabel"  text: the level in the source's own words ("Working knowledge")
//	Extension+"essential"         boolean: true for an essential skill, false for an optional one
//	Extension+"technology"        boolean: true for a technology the role uses (a product, not a skill)
//	Extension+"hotTechnology"     boolean: O*NET's Hot Technology flag (often in job postings across occupations)
//	Extension+"inDemand"          boolean: O*NET's In Demand flag (often in this occupation's job postings)
const Extension = "https://github.com/rolemodel/rolemodel/schemaorg#"

// DefinedTerm is a schema.org DefinedTerm: a skill, or a field of study.
// For a skill it carries the level required and whether it is essential,
// as the Extension terms.
type DefinedTerm struct {
	Type        string `json:"@type"`                 // always "DefinedTerm"
	Name        string `json:"name"`                  // the skill's name (its ID if the catalog lacks it), or the field of study
	Description string `json:"description,omitempty"` // the skill's description; empty for a field of study
	// ProficiencyLevel is the level required on package skill's scale;
	// empty when the source states none, and for a field of study.
	ProficiencyLevel string `json:"https://github.com/rolemodel/rolemodel/schemaorg#proficiencyLevel,omitempty"`
	// ProficiencyLabel is the level in the source's own words; empty when
	// it has none.
	ProficiencyLabel string `json:"https://github.com/rolemodel/rolemodel/schemaorg#proficiencyLabel,omitempty"`
	// Essential is true for an essential skill and false for an optional
	// one; nil for a field of study.
	Essential *bool `json:"https://github.com/rolemodel/rolemodel/schemaorg#essential,omitempty"`
	// Technology is true for a technology the role uses (role.Technology)
	// rather than a skill; its Description is then the category the
	// source files it under. Omitted for a skill.
	Technology bool `json:"https://github.com/rolemodel/rolemodel/schemaorg#technology,omitempty"`
	// HotTechnology is O*NET's Hot Technology flag of a technology: job
	// postings across occupations often ask for it. Omitted when false.
	HotTechnology bool `json:"https://github.com/rolemodel/rolemodel/schemaorg#hotTechnology,omitempty"`
	// InDemand is O*NET's In Demand flag of a technology: this
	// occupation's job postings often ask for it. Omitted when false.
	InDemand bool `json:"https://github.com/rolemodel/rolemodel/schemaorg#inDemand,omitempty"`
}

// EducationalOccupationalCredential is a schema.org
// EducationalOccupationalCredential: a certification or programme (in
// Qualifications) or a degree requirement (in EducationRequirements).
type EducationalOccupationalCredential struct {
	Type          string `json:"@type"`                   // always "EducationalOccupationalCredential"
	Name          string `json:"name,omitempty"`          // a certification's name (its ID if the catalog lacks it); empty for a degree
	AlternateName string `json:"alternateName,omitempty"` // a certification's acronym
	Description   string `json:"description,omitempty"`   // a certification's description, or the source's education statement
	// CredentialCategory is "high school", "associate degree", "bachelor
	// degree" or "postgraduate degree" for a degree, "professional
	// certificate" for a certification and "programme" for a course of
	// study.
	CredentialCategory string `json:"credentialCategory,omitempty"`
	// EducationalLevel is the catalog's minimum degree ("bachelor",
	// "master", ...), kept because "postgraduate degree" covers two.
	EducationalLevel string `json:"educationalLevel,omitempty"`
	// About lists the fields of study a degree is in.
	About        []DefinedTerm `json:"about,omitempty"`
	RecognizedBy *Organization `json:"recognizedBy,omitempty"` // a certification's issuer
}

// Organization is a schema.org Organization, known by name.
type Organization struct {
	Type string `json:"@type"` // always "Organization"
	Name string `json:"name"`  // the issuer as the catalog names it
}

// OccupationalExperienceRequirements is a schema.org
// OccupationalExperienceRequirements: one source's statement about
// experience, with the minimum in months where the statement gives years.
type OccupationalExperienceRequirements struct {
	Type string `json:"@type"` // always "OccupationalExperienceRequirements"
	// Name is "Preferred experience" for a statement of preference rather
	// than requirement, and empty otherwise.
	Name        string `json:"name,omitempty"`
	Description string `json:"description,omitempty"` // the source's statement; empty when it gives only years
	// MonthsOfExperience is the lower bound of the stated years times 12
	// (the years in all, or else the years in leadership); zero, and
	// omitted, where no years are stated.
	MonthsOfExperience int `json:"monthsOfExperience,omitempty"`
}

// NewOccupation returns role id of catalog c as a schema.org Occupation.
// For a role the catalog does not have, it returns a *career.RoleError,
// which unwraps to rolemodel.ErrUnknownRole.
//
// The result depends only on the catalog, so the same catalog always gives
// the same document. It shares no memory with c.
func NewOccupation(c *rolemodel.Catalog, id role.ID) (Occupation, error) {
	r, ok := c.Role(id)
	if !ok {
		return Occupation{}, &career.RoleError{ID: id}
	}
	o := Occupation{
		Context:       Context,
		Type:          "Occupation",
		Name:          r.Title,
		AlternateName: r.Aliases,
	}
	for _, d := range r.Descriptions {
		o.Description = append(o.Description, d.Text)
	}
	o.OccupationalCategory = categories(r.Codes)
	for _, s := range r.Salaries {
		o.EstimatedSalary = append(o.EstimatedSalary, estimate(c, s))
	}
	for _, resp := range r.Responsibilities {
		t := resp.Text
		if resp.Area != "" {
			t = resp.Area + ": " + t
		}
		o.Responsibilities = append(o.Responsibilities, t)
	}
	for _, req := range r.Skills {
		essential := req.Essential
		term := DefinedTerm{Type: "DefinedTerm", Name: string(req.Skill), ProficiencyLevel: req.Level.String(), ProficiencyLabel: req.Label, Essential: &essential}
		if sk, ok := c.Skill(req.Skill); ok {
			term.Name, term.Description = sk.Name, sk.Description
		}
		o.Skills = append(o.Skills, term)
	}
	for _, t := range r.Technologies {
		o.Skills = append(o.Skills, DefinedTerm{Type: "DefinedTerm", Name: t.Name, Description: t.Category, Technology: true, HotTechnology: t.Hot, InDemand: t.InDemand})
	}
	for _, ref := range r.Certifications {
		o.Qualifications = append(o.Qualifications, certification(c, ref))
	}
	for _, e := range r.Education {
		if cred, ok := education(e); ok {
			o.EducationRequirements = append(o.EducationRequirements, cred)
		}
	}
	for _, e := range r.Experience {
		if x, ok := experience(e); ok {
			o.ExperienceRequirements = append(o.ExperienceRequirements, x)
		}
	}
	return o, nil
}

// Marshal returns role id of catalog c as an indented JSON-LD document
// ending in a newline, ready to embed in a
// <script type="application/ld+json"> element: "<", ">" and "&" are
// escaped as \u003c, \u003e and \u0026, so no text from the catalog can
// close the element. Errors are those of NewOccupation.
func Marshal(c *rolemodel.Catalog, id role.ID) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteJSONLD(&b, c, id); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSONLD writes what Marshal returns to w. It returns the errors of
// NewOccupation, or w's error.
func WriteJSONLD(w io.Writer, c *rolemodel.Catalog, id role.ID) error {
	if w == nil {
		return errors.New("schemaorg: no writer (nil io.Writer)")
	}
	o, err := NewOccupation(c, id)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(o)
}

func categories(codes role.Codes) []CategoryCode {
	var out []CategoryCode
	if codes.ONetSOC != "" {
		out = append(out, CategoryCode{
			Type:      "CategoryCode",
			CodeValue: codes.ONetSOC,
			URL:       "https://www.onetonline.org/link/summary/" + codes.ONetSOC,
			InCodeSet: onetSOC,
		})
	}
	if codes.ISCO08 != "" {
		out = append(out, CategoryCode{Type: "CategoryCode", CodeValue: codes.ISCO08, InCodeSet: isco08})
	}
	if codes.ESCO != "" {
		out = append(out, CategoryCode{Type: "CategoryCode", URL: codes.ESCO, InCodeSet: esco})
	}
	return out
}

// periods maps a pay period to its ISO 8601 duration, UN/CEFACT unit code
// and unit text.
var periods = map[salary.Period]struct{ duration, code, text string }{
	salary.Hourly:  {"PT1H", "HUR", "HOUR"},
	salary.Daily:   {"P1D", "DAY", "DAY"},
	salary.Weekly:  {"P1W", "WEE", "WEEK"},
	salary.Monthly: {"P1M", "MON", "MONTH"},
	salary.Annual:  {"P1Y", "ANN", "YEAR"},
}

func estimate(c *rolemodel.Catalog, s role.Salary) SalaryEstimate {
	p := periods[s.Period] // zero for Unspecified: no duration or unit
	e := SalaryEstimate{
		Name:        salaryName(s),
		Description: salaryDescription(c, s),
		Currency:    s.Currency.String(),
	}
	distribution := func(set func(*SalaryEstimate)) SalaryEstimate {
		e.Type, e.Duration = "MonetaryAmountDistribution", p.duration
		set(&e)
		return e
	}
	switch s.Statistic {
	case salary.Median, salary.P50:
		return distribution(func(e *SalaryEstimate) { e.Median = s.Value })
	case salary.P10:
		return distribution(func(e *SalaryEstimate) { e.Percentile10 = s.Value })
	case salary.P25:
		return distribution(func(e *SalaryEstimate) { e.Percentile25 = s.Value })
	case salary.P75:
		return distribution(func(e *SalaryEstimate) { e.Percentile75 = s.Value })
	case salary.P90:
		return distribution(func(e *SalaryEstimate) { e.Percentile90 = s.Value })
	}
	// A range, an average, or a figure without a statistic.
	v := &QuantitativeValue{Type: "QuantitativeValue", UnitCode: p.code, UnitText: p.text}
	if s.Statistic == salary.RangeOfPay || (s.Value.IsZero() && !(s.Min.IsZero() && s.Max.IsZero())) {
		v.MinValue, v.MaxValue = s.Min, s.Max
	} else {
		v.Value = s.Value
	}
	e.Type, e.Value = "MonetaryAmount", v
	return e
}

var statisticNames = map[salary.Statistic]string{
	salary.RangeOfPay: "Pay range",
	salary.Average:    "Average pay",
	salary.Median:     "Median pay",
	salary.P50:        "Median pay",
	salary.P10:        "10th percentile pay",
	salary.P25:        "25th percentile pay",
	salary.P75:        "75th percentile pay",
	salary.P90:        "90th percentile pay",
}

func salaryName(s role.Salary) string {
	name, ok := statisticNames[s.Statistic]
	if !ok {
		name = "Pay"
	}
	if s.OpenEnded {
		name += ", open-ended"
	}
	var where []string
	if s.Region != "" {
		where = append(where, s.Region)
	}
	if s.Year != 0 {
		where = append(where, strconv.Itoa(s.Year))
	}
	if len(where) > 0 {
		name += " (" + strings.Join(where, ", ") + ")"
	}
	return name
}

func salaryDescription(c *rolemodel.Catalog, s role.Salary) string {
	src := sourceTitles(c, s.Sources)
	switch {
	case s.Text != "" && src != "":
		return s.Text + " (source: " + src + ")"
	case s.Text != "":
		return s.Text
	case src != "":
		return "Source: " + src
	}
	return ""
}

func certification(c *rolemodel.Catalog, ref role.CertificationRef) EducationalOccupationalCredential {
	cred := EducationalOccupationalCredential{
		Type:               "EducationalOccupationalCredential",
		Name:               string(ref.Certification),
		CredentialCategory: "professional certificate",
	}
	cert, ok := c.Certification(ref.Certification)
	if !ok {
		return cred
	}
	cred.Name = cert.Name
	if cert.Acronym != cert.Name {
		cred.AlternateName = cert.Acronym
	}
	cred.Description = cert.Description
	if cert.Kind == skill.Programme {
		cred.CredentialCategory = "programme"
	}
	if cert.Issuer != "" {
		cred.RecognizedBy = &Organization{Type: "Organization", Name: cert.Issuer}
	}
	return cred
}

var degreeCategories = map[role.Degree]string{
	role.HighSchool: "high school",
	role.Associate:  "associate degree",
	role.Bachelor:   "bachelor degree",
	role.Master:     "postgraduate degree",
	role.Doctorate:  "postgraduate degree",
}

func education(e role.Education) (EducationalOccupationalCredential, bool) {
	cred := EducationalOccupationalCredential{
		Type:               "EducationalOccupationalCredential",
		Description:        e.Text,
		CredentialCategory: degreeCategories[e.Minimum],
		EducationalLevel:   e.Minimum.String(),
	}
	if e.Minimum == role.NoDegreeStated {
		cred.EducationalLevel = modal(e.Distribution)
	}
	for _, f := range e.Fields {
		cred.About = append(cred.About, DefinedTerm{Type: "DefinedTerm", Name: f})
	}
	ok := cred.Description != "" || cred.CredentialCategory != "" || cred.EducationalLevel != "" || len(cred.About) > 0
	return cred, ok
}

func experience(e role.Experience) (OccupationalExperienceRequirements, bool) {
	x := OccupationalExperienceRequirements{Type: "OccupationalExperienceRequirements", Description: e.Text}
	if e.Preferred {
		x.Name = "Preferred experience"
	}
	switch {
	case !e.Years.IsZero():
		x.MonthsOfExperience = 12 * e.Years.Min()
	case !e.LeadershipYears.IsZero():
		x.MonthsOfExperience = 12 * e.LeadershipYears.Min()
	}
	return x, x.Description != "" || x.MonthsOfExperience > 0
}

// modal returns the most common category of a distribution of
// respondents (the first of equal ones), or "" for none or all zero.
func modal(d []role.Share) string {
	best := -1
	for i, sh := range d {
		if sh.Percent > 0 && (best < 0 || sh.Percent > d[best].Percent) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return d[best].Category
}
