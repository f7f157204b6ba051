package rolemodel_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

func ExampleDefault() {
	c := rolemodel.Default()
	r, _ := c.Role("technology-director")
	fmt.Println(r.Title)
	fmt.Println(strings.Join(r.Aliases, "; "))
	for _, s := range r.Salaries {
		src, _ := c.Source(s.Sources[0])
		fmt.Printf("%-8s %-22s %s\n", s.Statistic, s.Text, src.Title)
	}
	// Output:
	// Technology Director
	// Director of Technology; IT Director; Director of IT; Director of Information Technology; Senior IT Director; Director of Information Systems; Tech Director
	// average  $118,942               Technology Director – What Is It and How to Become One
	// range    $150,000 - $250,000+   Key Responsibilities and Required Skills for Technology Director
	// median   just above U.S. $142,500 Untitled article on the IT director role
	// range    $180,000 - $275,000+   Key Responsibilities and Required Skills for Tech Director
}

func ExampleCatalog_Lookup() {
	c := rolemodel.Default()
	r, ok := c.Lookup("director of IT") // case and spacing do not matter
	fmt.Println(ok, r.ID, r.Level)
	for _, ref := range r.AdvancementTo {
		next, _ := c.Role(ref.Role)
		fmt.Println("→", next.Title)
	}
	// Output:
	// true technology-director director
	// → VP of Engineering
	// → Chief Technology Officer
	// → Chief Information Officer
	// → Senior Director of Global Technology
}

func ExampleLoad() {
	const catalog = `
sources:
  - id: handbook
    title: Our Career Handbook
roles:
  - id: engineer
    title: Engineer
    level: individual-contributor
    advancement_to:
      - role: senior-engineer
        sources: [handbook]
  - id: senior-engineer
    title: Senior Engineer
    level: lead
`
	c, err := rolemodel.Load(strings.NewReader(catalog))
	if err != nil {
		fmt.Println(err)
		return
	}
	for t := range c.Transitions() {
		fmt.Println(t.From, t.Kind, t.To, c.TransitionSources(t))
	}

	// A catalog with mistakes is refused, with every problem located.
	_, err = rolemodel.Load(strings.NewReader(catalog + "    salary: 100\n"))
	var ve *rolemodel.ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			fmt.Println(p)
		}
	}
	// Output:
	// engineer advancement senior-engineer [handbook]
	// 15:5: roles[senior-engineer].salary: unknown field "salary" (did you mean "salaries"?)
}

func ExampleCatalog_Gap() {
	c := rolemodel.Default()
	me := skill.Profile{
		Skills: []skill.Held{
			{Skill: "change-management", Level: skill.Advanced},
			{Skill: "cloud-architecture", Level: skill.Working},
		},
		Certifications: []skill.CertificationID{"pmp"},
	}
	g, err := c.Gap(me, "technology-director")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d requirements: %d met, %d short, %d missing; readiness %.2f\n",
		g.Requirements(), len(g.Met), len(g.Short), len(g.Missing), g.Readiness())
	for _, s := range g.Short {
		fmt.Printf("short: %s (%s, need %s)\n", s.Skill, s.Held, s.Required)
	}

	_, err = c.Gap(me, "cto")
	fmt.Println(err)
	// Output:
	// 68 requirements: 1 met, 2 short, 65 missing; readiness 0.05
	// short: cloud-architecture (working, need advanced)
	// short: project-management (working, need practitioner)
	// rolemodel: role "cto": no skill requirements recorded
}

func ExampleCatalog_Compare() {
	c := rolemodel.Default()
	d, _ := c.Compare("senior-it-manager", "technology-director")
	fmt.Printf("%s → %s: level %s → %s\n", d.From.Title, d.To.Title, d.LevelFrom, d.LevelTo)
	fmt.Printf("requirements recorded: %v → %v\n", d.FromRecorded, d.ToRecorded)
	fmt.Printf("%d skills to add, %d responsibilities added, %d salary figures for the new role\n",
		len(d.SkillsAdded), len(d.ResponsibilitiesAdded), len(d.SalariesTo))
	// Output:
	// Senior IT Manager → Technology Director: level senior-manager → director
	// requirements recorded: false → true
	// 68 skills to add, 146 responsibilities added, 4 salary figures for the new role
}

func ExampleCatalog_Plan() {
	c := rolemodel.Default()
	me := skill.Profile{Skills: []skill.Held{{Skill: "change-management", Level: skill.Expert}}}
	plan, err := c.Plan(me, "senior-it-manager", "cto")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plan.Path)
	for _, st := range plan.Steps {
		to, _ := c.Role(st.Move.To)
		if !st.Recorded {
			fmt.Printf("%s: no skill requirements recorded\n", to.Title)
			continue
		}
		fmt.Printf("%s: readiness %.2f, %d skills to learn, %d certifications that help\n",
			to.Title, st.ReadinessBefore, len(st.Learn), len(st.Certifications))
	}
	// Output:
	// Senior IT Manager → Technology Director → Chief Technology Officer
	// Technology Director: readiness 0.02, 67 skills to learn, 8 certifications that help
	// Chief Technology Officer: no skill requirements recorded
}

// Merge joins the embedded catalog to an O*NET release by O*NET-SOC code,
// so that paths run from any O*NET occupation into the hand-made roles.
func ExampleMerge() {
	imported, err := onet.LoadDir("examples/onetpaths/testdata/onet-20.3")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := rolemodel.Merge(rolemodel.Default(), imported)
	if err != nil {
		fmt.Println(err)
		return
	}
	from, _ := c.Lookup("Computer Systems Analysts")
	to, _ := c.Lookup("CTO")
	p, _ := c.Graph().ShortestPath(from.ID, to.ID)
	fmt.Println(p)
	// Output:
	// Computer Systems Analysts → Information Security Analysts → Technology Director → Chief Technology Officer
}

// A company's catalog and the embedded one both have a role "cto". Merged
// as they are, they conflict; PrefixIDs keeps the two apart by giving the
// other catalog's IDs a prefix (its references follow).
func ExampleMerge_prefixIDs() {
	mine, err := rolemodel.Load(strings.NewReader(`
roles:
  - {id: cto, title: Chief Technology Officer (ours)}
  - {id: head-of-platform, title: Head of Platform, advancement_to: [{role: cto}]}
`))
	if err != nil {
		log.Fatal(err)
	}
	_, err = rolemodel.Merge(mine, rolemodel.Default())
	fmt.Println(errors.Is(err, rolemodel.ErrDuplicate))

	c, err := rolemodel.Merge(mine, rolemodel.Default(), rolemodel.PrefixIDs("default-"))
	if err != nil {
		log.Fatal(err)
	}
	for _, id := range []role.ID{"cto", "default-cto", "default-technology-director"} {
		r, _ := c.Role(id)
		fmt.Printf("%s: %s\n", id, r.Title)
	}
	p, _ := c.Graph().ShortestPath("default-technology-director", "default-cto")
	fmt.Println(p)
	// Output:
	// true
	// cto: Chief Technology Officer (ours)
	// default-cto: Chief Technology Officer
	// default-technology-director: Technology Director
	// Technology Director → Chief Technology Officer
}

// SameAs says that a role of the other catalog is the same job as a role
// of base: the two become one role, with base's ID and title, the other's
// title as an alias, and the other catalog's career moves to and from it.
func ExampleMerge_sameAs() {
	mine, err := rolemodel.Load(strings.NewReader(`
roles:
  - {id: our-cto, title: Chief Technology Officer (ours)}
  - {id: head-of-platform, title: Head of Platform, advancement_to: [{role: our-cto}]}
`))
	if err != nil {
		log.Fatal(err)
	}
	c, err := rolemodel.Merge(mine, rolemodel.Default(), rolemodel.SameAs(map[role.ID]role.ID{"cto": "our-cto"}))
	if err != nil {
		log.Fatal(err)
	}
	_, ok := c.Role("cto")
	fmt.Println("cto is a role of its own:", ok)
	r, _ := c.Lookup("Chief Technology Officer")
	fmt.Println(r.ID, "-", r.Title)
	p, _ := c.Graph().ShortestPath("technology-director", "our-cto")
	fmt.Println(p)
	// Output:
	// cto is a role of its own: false
	// our-cto - Chief Technology Officer (ours)
	// Technology Director → Chief Technology Officer (ours)
}

// A company's engineering ladder (testdata/ladder.yaml): the ladder table,
// the next rung up from a role, and a person's pay against the band of the
// role's grade.
func ExampleCatalog_Table() {
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	if err != nil {
		log.Fatal(err)
	}
	t, err := c.Table("software-engineering")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(t)

	next, _ := c.NextRung("senior-software-engineer")
	for _, r := range next {
		fmt.Printf("Senior Software Engineer → %s (%s)\n", r.Title, r.Track)
	}
	// Output:
	// rung | individual-contributor   | management
	// 5    | Principal Engineer       | Director of Engineering
	// 4    | Staff Engineer           | Engineering Manager
	// 3    | Senior Software Engineer | -
	// 2    | Software Engineer II     | -
	// 1    | Software Engineer I      | -
	// Senior Software Engineer → Engineering Manager (management)
	// Senior Software Engineer → Staff Engineer (individual-contributor)
}

func ExampleCatalog_PayBand() {
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	if err != nil {
		log.Fatal(err)
	}
	band, err := c.PayBand("senior-software-engineer", "London")
	if err != nil {
		log.Fatal(err)
	}
	pay, _ := salary.ParseMoney("GBP 80750")
	cr, _ := band.CompaRatio(pay)
	pen, _ := band.Penetration(pay)
	fmt.Println(band)
	fmt.Printf("compa-ratio %.2f, range penetration %.0f%%\n", cr, 100*pen)

	d, _ := c.Compare("senior-software-engineer", "staff-engineer")
	steps, _ := d.Rung.Steps()
	fmt.Printf("to Staff Engineer: %+d rung, grade %s → %s, London midpoint %s\n", steps, d.Grade.From, d.Grade.To, d.Bands[0].MidpointChange.Short())
	// Output:
	// £70,000 - £100,000, midpoint £85,000
	// compa-ratio 0.95, range penetration 36%
	// to Staff Engineer: +1 rung, grade l5 → l6, London midpoint £22,500
}

func ExampleCatalog_Select() {
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	if err != nil {
		log.Fatal(err)
	}
	for r := range c.Select(rolemodel.RoleQuery{Family: "technology", Skill: "system-design", MinLevel: skill.Advanced}) {
		fmt.Println(r.Title, r.Grade)
	}
	// Output:
	// Principal Engineer l7
	// Staff Engineer l6
}

// A profile read from a file, fitted to the catalog: skills another system
// knows and the catalog does not are set aside rather than failing the gap.
func ExampleCatalog_FitProfile() {
	p, err := rolemodel.LoadProfile(strings.NewReader(`
skills:
  - {skill: leadership, level: advanced}
  - {skill: kubernetes-operators, level: expert}
certifications: [pmp]
`))
	if err != nil {
		log.Fatal(err)
	}
	c := rolemodel.Default()
	fit := c.FitProfile(p)
	for _, h := range fit.UnknownSkills {
		fmt.Println("not in the catalog:", h.Skill)
	}
	g, err := c.Gap(fit.Profile, "technology-director")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("readiness %.0f%%\n", 100*g.Readiness())
	// Output:
	// not in the catalog: kubernetes-operators
	// readiness 4%
}

func ExampleCatalog_Find() {
	c := rolemodel.Default()
	r, err := c.Find("it director")
	fmt.Println(r.ID, err)
	_, err = c.Find("Tech Lead")
	fmt.Println(err)
	// Output:
	// technology-director <nil>
	// no role is called "Tech Lead"; did you mean "Technical Lead" or "Tech Director" or "Lead Solutions Architect"?
}

func ExampleCatalog_NextSteps() {
	c := rolemodel.Default()
	me := skill.Profile{Skills: []skill.Held{{Skill: "leadership", Level: skill.Advanced}}}
	steps, err := c.NextSteps(me, "technology-director", 2)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range steps {
		fmt.Println(s.Reason)
	}
	// Output:
	// Chief Information Officer (advancement): no skill requirements recorded, readiness unknown
	// Chief Technology Officer (advancement): no skill requirements recorded, readiness unknown
}

func ExampleBuild() {
	c, err := rolemodel.Build(rolemodel.Parts{
		Ladders: []role.Ladder{{ID: "data", Title: "Data"}},
		Roles: []role.Role{
			{ID: "analyst", Title: "Data Analyst", Ladder: "data", Rank: 1},
			{ID: "senior-analyst", Title: "Senior Data Analyst", Ladder: "data", Rank: 2},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	p, _ := c.Graph().ShortestPath("analyst", "senior-analyst")
	fmt.Println(p, "(a move the ladder implies)")

	_, err = rolemodel.Build(rolemodel.Parts{Roles: []role.Role{{ID: "a", Title: "A", Ladder: "data", Rank: 1}}})
	fmt.Println(err)
	// Output:
	// Data Analyst → Senior Data Analyst (a move the ladder implies)
	// rolemodel: invalid catalog: roles[a].ladder: ladder "data" is not in the catalog's ladders
}

func ExampleLoadFS() {
	c, err := rolemodel.LoadFS(os.DirFS("catalog"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.NumRoles(), "roles from", len(slices.Collect(c.Sources())), "sources")
	// Output:
	// 20 roles from 7 sources
}

// Every role ranked for one person: the most ready first, with what each
// still lacks.
func ExampleCatalog_Match() {
	c, err := rolemodel.LoadFile("testdata/ladder.yaml")
	if err != nil {
		log.Fatal(err)
	}
	me := skill.Profile{Skills: []skill.Held{{Skill: "programming", Level: skill.Advanced}, {Skill: "system-design", Level: skill.Practitioner}}}
	ms, err := c.Match(me, 4)
	if err != nil {
		log.Fatal(err)
	}
	for _, m := range ms {
		fmt.Printf("%-26s %3.0f%%  lacking %v\n", m.Title, 100*m.Readiness, m.Lacking)
	}
	// Output:
	// Senior Software Engineer   100%  lacking []
	// Software Engineer I        100%  lacking []
	// Software Engineer II       100%  lacking []
	// Staff Engineer              88%  lacking [system-design]
}
