// Command skillgap answers "what am I missing for the next role?" on the
// embedded default catalog: the gap between a profile and the Technology
// Director, the diff between Senior IT Manager and Technology Director, and
// the plan from Senior IT Manager to Chief Technology Officer.
//
//	go run ./examples/skillgap -profile examples/skillgap/profile.yaml
//	go run ./examples/skillgap -skill change-management=expert -cert pmp
//	go run ./examples/skillgap -profile examples/skillgap/profile.yaml -json
//	go run ./examples/skillgap -onet ../shared/data/onet-29.3 -profile examples/skillgap/onet-profile.yaml
//
// A profile lists skills (catalog skill IDs with a level: awareness,
// working, practitioner, advanced or expert) and certifications held; see
// profile.yaml beside this file.
//
// With -onet DIR the same gap, diff and plan run over an O*NET release
// (one with the Skills file, such as 29.3): its 35 skills rated for every
// occupation, and its related occupations as moves. The roles then default
// to O*NET's Computer Systems Analysts, Computer and Information Systems
// Managers and Chief Executives, and onet-profile.yaml is a profile in
// O*NET's skill IDs.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/skill"
)

type options struct {
	profile       string
	skills        []string // id=level
	certs         []string
	target        string
	from, to      string
	byGap, asJSON bool
	onet          string
	catalog       string
}

type listFlag struct{ list *[]string }

func (l listFlag) String() string     { return "" }
func (l listFlag) Set(s string) error { *l.list = append(*l.list, s); return nil }

func main() {
	var o options
	flag.StringVar(&o.profile, "profile", "", "a YAML or JSON profile file (see examples/skillgap/profile.yaml)")
	flag.Var(listFlag{&o.skills}, "skill", "a skill held, as id=level (repeatable)")
	flag.Var(listFlag{&o.certs}, "cert", "a certification held, by ID (repeatable)")
	flag.StringVar(&o.target, "target", "Technology Director", "the role to measure the gap to")
	flag.StringVar(&o.from, "from", "Senior IT Manager", "the role the plan and the diff start from")
	flag.StringVar(&o.to, "to", "Chief Technology Officer", "the role the plan leads to")
	flag.BoolVar(&o.byGap, "by-gap", false, "plan the path of least skill gap for this profile instead of fewest moves")
	flag.BoolVar(&o.asJSON, "json", false, "write JSON instead of text")
	flag.StringVar(&o.onet, "onet", "", "run over the O*NET release in this folder instead of the embedded catalog")
	flag.StringVar(&o.catalog, "catalog", "", "a catalog file or folder (JSON or YAML) to use instead of the embedded catalog")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "%s\n\nUsage: go run ./examples/skillgap [flags]\n", "skillgap shows what a profile lacks for a role, the diff between two roles, and the plan from one role to another, on the embedded catalog.")
		flag.PrintDefaults()
	}
	flag.Parse()
	c := rolemodel.Default()
	if o.catalog != "" {
		var err error
		if fi, serr := os.Stat(o.catalog); serr == nil && fi.IsDir() {
			c, err = rolemodel.LoadFS(os.DirFS(o.catalog))
		} else {
			c, err = rolemodel.LoadFile(o.catalog)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "skillgap:", err)
			os.Exit(2)
		}
	}
	if o.onet != "" {
		set := map[string]bool{}
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		var err error
		if c, err = onet.LoadDir(o.onet); err != nil {
			fmt.Fprintln(os.Stderr, "skillgap:", err)
			os.Exit(2)
		}
		o = onetDefaults(o, set)
	}
	if err := run(os.Stdout, c, o); err != nil {
		fmt.Fprintln(os.Stderr, "skillgap:", err)
		os.Exit(2)
	}
}

// onetDefaults replaces the roles the flags did not set with O*NET
// occupations: the default catalog's titles are not O*NET's.
func onetDefaults(o options, set map[string]bool) options {
	if !set["target"] {
		o.target = "Computer and Information Systems Managers"
	}
	if !set["from"] {
		o.from = "Computer Systems Analysts"
	}
	if !set["to"] {
		o.to = "Chief Executives"
	}
	return o
}

func loadProfile(o options) (skill.Profile, error) {
	var p skill.Profile
	if o.profile != "" {
		var err error
		if p, err = rolemodel.LoadProfileFile(o.profile); err != nil {
			return p, err
		}
	}
	for _, s := range o.skills {
		id, lvl, ok := strings.Cut(s, "=")
		if !ok {
			return p, fmt.Errorf("-skill %q: expected id=level, such as change-management=advanced", s)
		}
		l, err := skill.ParseLevel(lvl)
		if err != nil {
			return p, fmt.Errorf("-skill %q: %w", s, err)
		}
		p.Skills = append(p.Skills, skill.Held{Skill: skill.ID(id), Level: l})
	}
	for _, c := range o.certs {
		p.Certifications = append(p.Certifications, skill.CertificationID(c))
	}
	return p, nil
}

// report is what the command prints, and what -json writes.
type report struct {
	Target    string             `json:"target"`
	Gap       skill.Gap          `json:"gap"`
	Readiness float64            `json:"readiness"`
	Diff      rolemodel.RoleDiff `json:"diff"`
	Plan      []planStep         `json:"plan"`
	Path      string             `json:"path"`
}

type planStep struct {
	Role            string                       `json:"role"`
	Kind            string                       `json:"kind"`
	Recorded        bool                         `json:"requirements_recorded"`
	ReadinessBefore float64                      `json:"readiness_before"`
	Learn           []skill.Shortfall            `json:"learn,omitempty"`
	Certifications  []rolemodel.CertificationFit `json:"certifications,omitempty"`
}

func run(w io.Writer, c *rolemodel.Catalog, o options) error {
	p, err := loadProfile(o)
	if err != nil {
		return err
	}
	find := c.Find
	target, err := find(o.target)
	if err != nil {
		return err
	}
	from, err := find(o.from)
	if err != nil {
		return err
	}
	to, err := find(o.to)
	if err != nil {
		return err
	}
	var rep report
	rep.Target = target.Title
	if rep.Gap, err = c.Gap(p, target.ID); err != nil {
		return err
	}
	rep.Readiness = rep.Gap.Readiness()
	if rep.Diff, err = c.Compare(from.ID, target.ID); err != nil {
		return err
	}
	plan, err := func() (rolemodel.Plan, error) {
		if o.byGap {
			return c.Plan(p, from.ID, to.ID, c.ByGap(p))
		}
		return c.Plan(p, from.ID, to.ID)
	}()
	if err != nil {
		return err
	}
	rep.Path = plan.Path.String()
	g := c.Graph()
	for _, st := range plan.Steps {
		rep.Plan = append(rep.Plan, planStep{Role: g.Title(st.Move.To), Kind: st.Move.Kind.String(), Recorded: st.Recorded,
			ReadinessBefore: st.ReadinessBefore, Learn: st.Learn, Certifications: st.CertificationFits})
	}
	if o.asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return writeText(w, c, rep)
}

func writeText(w io.Writer, c *rolemodel.Catalog, rep report) error {
	name := func(id skill.ID) string {
		if s, ok := c.Skill(id); ok {
			return s.Name
		}
		return string(id)
	}
	essential := func(s skill.Shortfall) string {
		if s.Essential {
			return "essential"
		}
		return "optional"
	}
	need := func(l skill.Level) string {
		if l == skill.Unstated {
			return "any level"
		}
		return l.String()
	}
	fmt.Fprintf(w, "Gap to %s: readiness %.0f%% (weighted; %d of %d requirements met)\n", rep.Target, 100*rep.Readiness, len(rep.Gap.Met), rep.Gap.Requirements())
	for _, s := range rep.Gap.Short {
		fmt.Fprintf(w, "  below level  %-45s %s, need %s (%s)\n", name(s.Skill), s.Held, need(s.Required), essential(s))
	}
	var optional []string
	for _, s := range rep.Gap.Missing {
		if s.Essential {
			fmt.Fprintf(w, "  missing      %-45s need %s (essential)\n", name(s.Skill), need(s.Required))
		} else {
			optional = append(optional, name(s.Skill))
		}
	}
	if len(optional) > 0 {
		fmt.Fprintf(w, "  missing, optional (%d): %s\n", len(optional), strings.Join(optional, ", "))
	}

	d := rep.Diff
	fmt.Fprintf(w, "\n%s → %s (%s → %s)\n", d.From.Title, d.To.Title, d.LevelFrom, d.LevelTo)
	if !d.FromRecorded {
		fmt.Fprintf(w, "  no skill requirements are recorded for %s: every requirement of %s counts as new\n", d.From.Title, d.To.Title)
	}
	fmt.Fprintf(w, "  skills added %d, raised %d, dropped %d; responsibilities added %d\n",
		len(d.SkillsAdded), len(d.SkillsRaised), len(d.SkillsDropped), len(d.ResponsibilitiesAdded))
	for _, e := range d.ExperienceTo {
		if !e.Years.IsZero() {
			fmt.Fprintf(w, "  experience: %s years", e.Years)
			if !e.LeadershipYears.IsZero() {
				fmt.Fprintf(w, ", %s in leadership", e.LeadershipYears)
			}
			fmt.Fprintf(w, " (%s)\n", sourceTitles(c, e.Sources))
		}
	}
	for _, s := range d.SalariesTo {
		fmt.Fprintf(w, "  pay: %s %s (%s)\n", s.Statistic, s.Text, sourceTitles(c, s.Sources))
	}

	fmt.Fprintf(w, "\nPlan: %s\n", rep.Path)
	for i, st := range rep.Plan {
		if !st.Recorded {
			fmt.Fprintf(w, "  %d. %s (%s): no skill requirements recorded\n", i+1, st.Role, st.Kind)
			continue
		}
		fmt.Fprintf(w, "  %d. %s (%s): readiness %.0f%% before the move; learn %d skills\n", i+1, st.Role, st.Kind, 100*st.ReadinessBefore, len(st.Learn))
		var optional []string
		for _, s := range st.Learn {
			switch {
			case !s.Essential:
				optional = append(optional, name(s.Skill))
			case s.Held != skill.Unstated:
				fmt.Fprintf(w, "       raise %s from %s to %s\n", name(s.Skill), s.Held, need(s.Required))
			default:
				fmt.Fprintf(w, "       learn %s to %s\n", name(s.Skill), need(s.Required))
			}
		}
		if len(optional) > 0 {
			fmt.Fprintf(w, "       optional (%d): %s\n", len(optional), strings.Join(optional, ", "))
		}
		for _, f := range st.Certifications {
			cert, _ := c.Certification(f.Certification)
			what := func(verb string, ids []skill.ID) string {
				if len(ids) == 0 {
					return ""
				}
				var ns []string
				for _, id := range ids {
					ns = append(ns, name(id))
				}
				return fmt.Sprintf("; %s %s", verb, strings.Join(ns, ", "))
			}
			fmt.Fprintf(w, "       certification %s%s%s\n", cert.Name, what("closes", f.Closes), what("only narrows", f.Narrows))
		}
	}
	return nil
}

func sourceTitles(c *rolemodel.Catalog, ids []string) string {
	var t []string
	for _, id := range ids {
		s, _ := c.Source(id)
		t = append(t, s.Title)
	}
	return strings.Join(t, "; ")
}
