package schemaorg

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
)

// JobPosting is a schema.org JobPosting (https://schema.org/JobPosting) as
// JSON-LD: the draft of an advertisement for a role, with what the catalog
// knows about it. Its fields are the properties this package writes, with
// their JSON-LD names; empty ones are omitted. The zero value is not a
// valid document: use NewJobPosting.
//
// A catalog describes a job, not a vacancy: it has no date posted, hiring
// organization, job location or closing date, which search engines'
// job-posting guidelines ask for (Google's: title, description,
// datePosted, hiringOrganization, jobLocation). An employer adds those
// before publishing, for instance by embedding JobPosting in a struct of
// its own with the extra fields and encoding that.
type JobPosting struct {
	Context string `json:"@context"` // always Context
	Type    string `json:"@type"`    // always "JobPosting"

	Title string `json:"title"` // the role's title
	// Description is what the sources say the role is, one paragraph per
	// source, separated by blank lines.
	Description string `json:"description,omitempty"`
	// OccupationalCategory holds the role's O*NET-SOC, ISCO-08 and ESCO
	// codes, as on an Occupation.
	OccupationalCategory []CategoryCode `json:"occupationalCategory,omitempty"`
	// Industry lists the sectors the sources name for the role.
	Industry []string `json:"industry,omitempty"`
	// Responsibilities are the role's duties, primary ones first, then
	// secondary ones, then those the sources do not rank; "Area: text"
	// where the catalog groups a duty under an area.
	Responsibilities []string `json:"responsibilities,omitempty"`
	// Skills are the skills the role asks for, essential ones first, with
	// the level and the essential flag as the Extension terms.
	Skills []DefinedTerm `json:"skills,omitempty"`
	// Qualifications are the certifications and programmes the sources
	// recommend or require.
	Qualifications []EducationalOccupationalCredential `json:"qualifications,omitempty"`
	// EducationRequirements hold one credential per education statement.
	EducationRequirements []EducationalOccupationalCredential `json:"educationRequirements,omitempty"`
	// ExperienceRequirements hold one entry per experience statement.
	ExperienceRequirements []OccupationalExperienceRequirements `json:"experienceRequirements,omitempty"`
	// BaseSalary holds the pay bands of the role's grade, one
	// MonetaryAmount per region: the employer's own pay structure, which
	// is what a posting's base salary states. Empty for a role without a
	// grade, or whose grade has no bands.
	BaseSalary []SalaryEstimate `json:"baseSalary,omitempty"`
	// EstimatedSalary holds the sources' pay figures as on an Occupation:
	// what the market pays, which is not the employer's offer.
	EstimatedSalary []SalaryEstimate `json:"estimatedSalary,omitempty"`
}

// NewJobPosting returns role id of catalog c as a schema.org JobPosting.
// The mapping is the Occupation's (see the package documentation), with
// these differences: the title is the title (aliases are left out, a
// posting having one title); descriptions are joined into one text;
// responsibilities are ordered primary, secondary, then unranked, and
// skills essential first; industries are written, as JobPosting declares
// industry; and the pay bands of the role's grade are the baseSalary, each
// a MonetaryAmount whose QuantitativeValue runs from the band's minimum to
// its maximum per the band's period (unitCode ANN for annual), named by
// grade and region with the band and its midpoint in its description. The sources'
// figures stay estimatedSalary: they say what the market pays, and a
// posting that stated them as its own base salary would misinform.
//
// For a role the catalog does not have, NewJobPosting returns a
// *career.RoleError, which unwraps to rolemodel.ErrUnknownRole. The result
// depends only on the catalog and shares no memory with it.
func NewJobPosting(c *rolemodel.Catalog, id role.ID) (JobPosting, error) {
	o, err := NewOccupation(c, id)
	if err != nil {
		return JobPosting{}, err
	}
	r, _ := c.Role(id)
	p := JobPosting{
		Context:                Context,
		Type:                   "JobPosting",
		Title:                  r.Title,
		Description:            strings.Join(o.Description, "\n\n"),
		OccupationalCategory:   o.OccupationalCategory,
		Qualifications:         o.Qualifications,
		EducationRequirements:  o.EducationRequirements,
		ExperienceRequirements: o.ExperienceRequirements,
		EstimatedSalary:        o.EstimatedSalary,
	}
	for _, in := range r.Industries {
		p.Industry = append(p.Industry, in.Name)
	}
	for _, pr := range []role.Priority{role.Primary, role.Secondary, role.UnstatedPriority} {
		for i, resp := range r.Responsibilities {
			if resp.Priority == pr {
				p.Responsibilities = append(p.Responsibilities, o.Responsibilities[i])
			}
		}
	}
	for _, essential := range []bool{true, false} {
		for i, req := range r.Skills {
			if req.Essential == essential {
				p.Skills = append(p.Skills, o.Skills[i])
			}
		}
	}
	p.Skills = append(p.Skills, o.Skills[len(r.Skills):]...) // the technologies
	if r.Grade != "" {
		g, _ := c.Grade(r.Grade)
		for _, pb := range g.Pay {
			p.BaseSalary = append(p.BaseSalary, bandAmount(c, g, pb))
		}
	}
	return p, nil
}

// bandAmount is a grade's pay band as a MonetaryAmount.
func bandAmount(c *rolemodel.Catalog, g role.Grade, pb role.PayBand) SalaryEstimate {
	p := periods[pb.Period]
	name := "Pay band of grade " + g.Title
	if pb.Region != "" {
		name += " (" + pb.Region + ")"
	}
	var desc string
	if b, err := pb.Band(); err == nil { // a validated catalog's bands always convert
		desc = b.String()
		if pb.Period != 0 {
			desc += " " + pb.Period.String()
		}
	}
	if titles := sourceTitles(c, pb.Sources); titles != "" {
		desc += " (source: " + titles + ")"
	}
	desc = strings.TrimSpace(desc)
	return SalaryEstimate{
		Type:        "MonetaryAmount",
		Name:        name,
		Description: desc,
		Currency:    pb.Currency.String(),
		Value: &QuantitativeValue{
			Type:     "QuantitativeValue",
			MinValue: pb.Min,
			MaxValue: pb.Max,
			UnitCode: p.code,
			UnitText: p.text,
		},
	}
}

// sourceTitles names the sources by title (by ID where the catalog lacks
// one), joined by "; ".
func sourceTitles(c *rolemodel.Catalog, ids []string) string {
	titles := make([]string, 0, len(ids))
	for _, id := range ids {
		if src, ok := c.Source(id); ok && src.Title != "" {
			titles = append(titles, src.Title)
		} else {
			titles = append(titles, id)
		}
	}
	return strings.Join(titles, "; ")
}

// MarshalJobPosting returns role id of catalog c as an indented JSON-LD
// JobPosting ending in a newline, escaped for a
// <script type="application/ld+json"> element as Marshal's output is.
// Errors are those of NewJobPosting.
func MarshalJobPosting(c *rolemodel.Catalog, id role.ID) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteJobPosting(&b, c, id); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJobPosting writes what MarshalJobPosting returns to w. It returns
// the errors of NewJobPosting, or w's error.
func WriteJobPosting(w io.Writer, c *rolemodel.Catalog, id role.ID) error {
	if w == nil {
		return errors.New("schemaorg: no writer (nil io.Writer)")
	}
	p, err := NewJobPosting(c, id)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(p)
}
