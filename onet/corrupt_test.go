package onet_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/onet"
	"github.com/rolemodel/rolemodel/role"
)

// Headers of the new files as 29.3 has them.
const (
	taskHeader = "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n"
	knowHeader = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source\n"
	techHeader = "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
	eteHeader  = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source\n"
	catHeader  = "Element ID\tElement Name\tScale ID\tScale Name\tCategory\tCategory Description\n"
	intHeader  = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tDate\tDomain Source\n"

	taskRow = "15-1121.00\tComputer Systems Analysts\t11111\tConsult with staff.\tCore\t90\t08/2023\tIncumbent\n"
	knowRow = "15-1121.00\tComputer Systems Analysts\t2.C.3.a\tComputers and Electronics\tIM\tImportance\t4.5\t20\t0.1\t4.3\t4.7\tN\t\t08/2023\tIncumbent\n"
	techRow = "15-1121.00\tComputer Systems Analysts\tKubernetes\t43232701\tApplication server software\tY\tN\n"
	eteRow  = "15-1121.00\tComputer Systems Analysts\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t6\t60\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n"
	catRow  = "2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t6\tBachelor's Degree\n"
	intRow  = "15-1121.00\tComputer Systems Analysts\t1.B.1.a\tRealistic\tOI\tOccupational Interests\t2.5\t11/2023\tMachine Learning\n"
)

// A damaged copy of each new file gives one problem, located at its file,
// line and column, saying what was expected; Load then returns no catalog.
func TestCorruptNewFiles(t *testing.T) {
	occ := occHeader + occRows
	tests := []struct {
		name, file, data string
		kind             error
		want             string // the first problem's String
	}{
		// Task Statements.
		{"tasks: missing column", onet.TasksFile, "O*NET-SOC Code\tTask ID\tTask Type\n15-1121.00\t1\tCore\n", rolemodel.ErrInvalidValue,
			`Task Statements.txt:1: Task: the header has no column "Task": expected the columns O*NET-SOC Code, Task ID, Task (in any order)`},
		{"tasks: truncated row", onet.TasksFile, taskHeader + "15-1121.00\tComputer Systems Analysts\t11111\tConsult with", rolemodel.ErrSyntax,
			"Task Statements.txt:2: the record has 4 fields, expected 8 (O*NET-SOC Code, Title, Task ID, Task, Task Type, Incumbents Responding, Date, Domain Source): a row cut short or with an extra field"},
		{"tasks: unknown type", onet.TasksFile, taskHeader + "15-1121.00\tComputer Systems Analysts\t11111\tConsult with staff.\tCentral\t90\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			`Task Statements.txt:2:64: Task Type: "Central" is not a task type: expected Core, Supplemental or nothing (a task O*NET has not rated)`},
		{"tasks: bad ID", onet.TasksFile, taskHeader + "15-1121.00\tComputer Systems Analysts\tT-1\tConsult with staff.\tCore\t90\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			`Task Statements.txt:2:38: Task ID: "T-1" is not a task ID: expected a whole number such as 8823`},
		{"tasks: duplicate ID", onet.TasksFile, taskHeader + taskRow + "11-3021.00\tManagers\t11111\tPlan.\tCore\t90\t08/2023\tIncumbent\n", rolemodel.ErrDuplicate,
			"Task Statements.txt:3:21: Task ID: task 11111 is listed twice (first on line 2)"},
		{"tasks: unknown occupation", onet.TasksFile, taskHeader + "99-9999.00\tNobody\t1\tNothing.\tCore\t1\t08/2023\tIncumbent\n", rolemodel.ErrReference,
			"Task Statements.txt:2:1: O*NET-SOC Code: occupation 99-9999.00 is not in Occupation Data.txt"},

		// Knowledge.
		{"knowledge: missing column", onet.KnowledgeFile, "O*NET-SOC Code\tElement ID\tElement Name\tData Value\n", rolemodel.ErrInvalidValue,
			`Knowledge.txt:1: Scale ID: the header has no column "Scale ID": expected the columns O*NET-SOC Code, Element ID, Element Name, Scale ID, Data Value (in any order)`},
		{"knowledge: truncated row", onet.KnowledgeFile, knowHeader + "15-1121.00\tComputer Systems Analysts\t2.C.3.a\tComputers and Electronics\tIM\n", rolemodel.ErrSyntax,
			"Knowledge.txt:2: the record has 5 fields, expected 15 (O*NET-SOC Code, Title, Element ID, Element Name, Scale ID, Scale Name, Data Value, N, Standard Error, Lower CI Bound, Upper CI Bound, Recommend Suppress, Not Relevant, Date, Domain Source): a row cut short or with an extra field"},
		{"knowledge: unknown scale", onet.KnowledgeFile, knowHeader + "15-1121.00\tComputer Systems Analysts\t2.C.3.a\tComputers and Electronics\tXX\tImportance\t4.5\t20\t0.1\t4.3\t4.7\tN\t\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			`Knowledge.txt:2:72: Scale ID: "XX" is not a scale of the Knowledge file: expected IM (importance) or LV (level)`},
		{"knowledge: level out of range", onet.KnowledgeFile, knowHeader + "15-1121.00\tComputer Systems Analysts\t2.C.3.a\tComputers and Electronics\tLV\tLevel\t7.5\t20\t0.1\t4.3\t4.7\tN\tN\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			"Knowledge.txt:2:81: Data Value: LV rating 7.5 is out of range: expected 0 to 7"},
		{"knowledge: one scale only", onet.KnowledgeFile, knowHeader + knowRow, rolemodel.ErrInvalidValue,
			"Knowledge.txt:2: Scale ID: occupation 15-1121.00 has only one of the IM and LV ratings of element 2.C.3.a"},

		// Technology Skills.
		{"technology: missing column", onet.TechnologyFile, "O*NET-SOC Code\tCommodity Title\n", rolemodel.ErrInvalidValue,
			`Technology Skills.txt:1: Example: the header has no column "Example": expected the columns O*NET-SOC Code, Example (in any order)`},
		{"technology: truncated row", onet.TechnologyFile, techHeader + "15-1121.00\tComputer Systems Analysts\tKubernetes\t43232701", rolemodel.ErrSyntax,
			"Technology Skills.txt:2: the record has 4 fields, expected 7 (O*NET-SOC Code, Title, Example, Commodity Code, Commodity Title, Hot Technology, In Demand): a row cut short or with an extra field"},
		{"technology: bad flag", onet.TechnologyFile, techHeader + "15-1121.00\tComputer Systems Analysts\tKubernetes\t43232701\tApplication server software\tyes\tN\n", rolemodel.ErrInvalidValue,
			`Technology Skills.txt:2:86: Hot Technology: "yes" is not a flag: expected Y or N`},
		{"technology: bad commodity code", onet.TechnologyFile, techHeader + "15-1121.00\tComputer Systems Analysts\tKubernetes\t4323-2701\tApplication server software\tY\tN\n", rolemodel.ErrInvalidValue,
			`Technology Skills.txt:2:49: Commodity Code: "4323-2701" is not a commodity code: expected the eight digits of a UNSPSC commodity, such as 43232701`},
		{"technology: duplicate row", onet.TechnologyFile, techHeader + techRow + techRow, rolemodel.ErrDuplicate,
			`Technology Skills.txt:3:38: Example: "Kubernetes" is listed twice for occupation 15-1121.00 (first on line 2)`},
		{"technology: no name", onet.TechnologyFile, techHeader + "15-1121.00\tComputer Systems Analysts\t\t43232701\tApplication server software\tY\tN\n", rolemodel.ErrInvalidValue,
			"Technology Skills.txt:2:38: Example: the technology has no name"},

		// Education, Training, and Experience.
		{"education: missing column", onet.EducationFile, "O*NET-SOC Code\tScale ID\tData Value\n", rolemodel.ErrInvalidValue,
			`Education, Training, and Experience.txt:1: Category: the header has no column "Category": expected the columns O*NET-SOC Code, Scale ID, Category, Data Value (in any order)`},
		{"education: truncated row", onet.EducationFile, eteHeader + "15-1121.00\tComputer Systems Analysts\t2.D.1\tRequired Level of Education\tRL\n", rolemodel.ErrSyntax,
			"Education, Training, and Experience.txt:2: the record has 5 fields, expected 15 (O*NET-SOC Code, Title, Element ID, Element Name, Scale ID, Scale Name, Category, Data Value, N, Standard Error, Lower CI Bound, Upper CI Bound, Recommend Suppress, Date, Domain Source): a row cut short or with an extra field"},
		{"education: unknown scale", onet.EducationFile, eteHeader + "15-1121.00\tComputer Systems Analysts\t2.D.1\tRequired Level of Education\tRX\tRequired Level Of Education (Categories 1-12)\t6\t60\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			`Education, Training, and Experience.txt:2:72: Scale ID: "RX" is not a scale of the Education, Training, and Experience file: expected RL (required level of education), RW (related work experience), PT, OJ or IM`},
		{"education: percentage out of range", onet.EducationFile, eteHeader + "15-1121.00\tComputer Systems Analysts\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t6\t160\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			"Education, Training, and Experience.txt:2:123: Data Value: 160 is not a percentage: expected 0 to 100"},
		{"education: bad category", onet.EducationFile, eteHeader + "15-1121.00\tComputer Systems Analysts\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\tsix\t60\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n", rolemodel.ErrInvalidValue,
			`Education, Training, and Experience.txt:2:121: Category: "six" is not a category: expected a whole number from 1`},
		{"education: duplicate category", onet.EducationFile, eteHeader + eteRow + eteRow, rolemodel.ErrDuplicate,
			"Education, Training, and Experience.txt:3:121: Category: a second value for category 6 of scale RL of occupation 15-1121.00 (first on line 2)"},

		// Education, Training, and Experience Categories.
		{"categories: missing column", onet.EducationCatsFile, "Scale ID\tCategory\n", rolemodel.ErrInvalidValue,
			`Education, Training, and Experience Categories.txt:1: Category Description: the header has no column "Category Description": expected the columns Scale ID, Category, Category Description (in any order)`},
		{"categories: truncated row", onet.EducationCatsFile, catHeader + "2.D.1\tRequired Level of Education\tRL\n", rolemodel.ErrSyntax,
			"Education, Training, and Experience Categories.txt:2: the record has 3 fields, expected 6 (Element ID, Element Name, Scale ID, Scale Name, Category, Category Description): a row cut short or with an extra field"},
		{"categories: duplicate", onet.EducationCatsFile, catHeader + catRow + catRow, rolemodel.ErrDuplicate,
			"Education, Training, and Experience Categories.txt:3:84: Category: category 6 of scale RL is listed twice (first on line 2)"},

		// Interests.
		{"interests: missing column", onet.InterestsFile, "O*NET-SOC Code\tElement ID\tScale ID\n", rolemodel.ErrInvalidValue,
			`Interests.txt:1: Data Value: the header has no column "Data Value": expected the columns O*NET-SOC Code, Element ID, Scale ID, Data Value (in any order)`},
		{"interests: truncated row", onet.InterestsFile, intHeader + "15-1121.00\tComputer Systems Analysts\t1.B.1.a\tRealistic\tOI\n", rolemodel.ErrSyntax,
			"Interests.txt:2: the record has 5 fields, expected 9 (O*NET-SOC Code, Title, Element ID, Element Name, Scale ID, Scale Name, Data Value, Date, Domain Source): a row cut short or with an extra field"},
		{"interests: unknown scale", onet.InterestsFile, intHeader + "15-1121.00\tComputer Systems Analysts\t1.B.1.a\tRealistic\tXI\tOccupational Interests\t2.5\t11/2023\tMachine Learning\n", rolemodel.ErrInvalidValue,
			`Interests.txt:2:56: Scale ID: "XI" is not a scale of the Interests file: expected OI (occupational interests) or IH (high points)`},
		{"interests: score out of range", onet.InterestsFile, intHeader + "15-1121.00\tComputer Systems Analysts\t1.B.1.a\tRealistic\tOI\tOccupational Interests\t8\t11/2023\tMachine Learning\n", rolemodel.ErrInvalidValue,
			"Interests.txt:2:82: Data Value: OI score 8 is out of range: expected 1 to 7"},
		{"interests: unknown element", onet.InterestsFile, intHeader + "15-1121.00\tComputer Systems Analysts\t1.B.1.z\tRealistic\tOI\tOccupational Interests\t2\t11/2023\tMachine Learning\n", rolemodel.ErrInvalidValue,
			`Interests.txt:2:38: Element ID: "1.B.1.z" is not a RIASEC type: expected 1.B.1.a (Realistic) to 1.B.1.f (Conventional)`},
		{"interests: a score missing", onet.InterestsFile, intHeader + intRow, rolemodel.ErrInvalidValue,
			"Interests.txt:2: Element ID: occupation 15-1121.00 has 1 of the six RIASEC scores: Investigative, Artistic, Social, Enterprising, Conventional missing"},
		{"interests: bad high point", onet.InterestsFile, intHeader + "15-1121.00\tComputer Systems Analysts\t1.B.1.g\tFirst Interest High-Point\tIH\tOccupational Interest High-Point\t7\t11/2023\tMachine Learning\n", rolemodel.ErrInvalidValue,
			`Interests.txt:2:108: Data Value: "7" is not a high point: expected 0 (none) or 1 (Realistic) to 6 (Conventional)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := onet.Load(files(onet.OccupationsFile, occ, tt.file, tt.data))
			assert.Nil(t, c)
			assert.ErrorIs(t, err, tt.kind)
			ps := problemsOf(t, err)
			if assert.NotEmpty(t, ps) {
				assert.Equal(t, tt.want, ps[0])
			}
		})
	}
}

// A small release with every new file: what each becomes.
func TestSmallReleaseNewFiles(t *testing.T) {
	c, err := onet.Load(files(
		onet.OccupationsFile, occHeader+occRows,
		"Task Statements (from xlsx).txt", taskHeader+taskRow+
			"15-1121.00\tComputer Systems Analysts\t11112\tTrain users.\tSupplemental\t90\t08/2023\tIncumbent\n"+
			"15-1121.00\tComputer Systems Analysts\t11113\tWrite manuals.\t\t\t08/2023\tAnalyst\n",
		onet.TechnologyFile, techHeader+techRow+"15-1121.00\tComputer Systems Analysts\tMicrosoft Excel\t43232110\tSpreadsheet software\tN\tY\n",
		onet.EducationFile, eteHeader+eteRow+
			"15-1121.00\tComputer Systems Analysts\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education (Categories 1-12)\t2\t40\t20\t5\t40\t80\tY\t08/2023\tIncumbent\n"+
			"15-1121.00\tComputer Systems Analysts\t3.A.1\tRelated Work Experience\tRW\tRelated Work Experience (Categories 1-11)\t1\t50\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n"+
			"15-1121.00\tComputer Systems Analysts\t3.A.1\tRelated Work Experience\tRW\tRelated Work Experience (Categories 1-11)\t2\t50\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n"+
			"15-1121.00\tComputer Systems Analysts\t3.A.2\tOn-Site or In-Plant Training\tPT\tOn-Site Or In-Plant Training (Categories 1-9)\t1\t100\t20\t5\t40\t80\tN\t08/2023\tIncumbent\n",
		onet.InterestsFile, intHeader+intRow+
			"15-1121.00\tx\t1.B.1.b\tInvestigative\tOI\tx\t6\tx\tx\n15-1121.00\tx\t1.B.1.c\tArtistic\tOI\tx\t2\tx\tx\n"+
			"15-1121.00\tx\t1.B.1.d\tSocial\tOI\tx\t2\tx\tx\n15-1121.00\tx\t1.B.1.e\tEnterprising\tOI\tx\t3\tx\tx\n"+
			"15-1121.00\tx\t1.B.1.f\tConventional\tOI\tx\t5.5\tx\tx\n15-1121.00\tx\t1.B.1.g\tFirst Interest High-Point\tIH\tx\t2\tx\tx\n"+
			"15-1121.00\tx\t1.B.1.h\tSecond Interest High-Point\tIH\tx\t6\tx\tx\n15-1121.00\tx\t1.B.1.i\tThird Interest High-Point\tIH\tx\t0\tx\tx\n",
	))
	require.NoError(t, err)
	r, ok := c.Role("15-1121-00")
	require.True(t, ok)
	src := []string{"onet"}
	assert.Equal(t, []role.Responsibility{
		{ID: "11111", Text: "Consult with staff.", Priority: role.Primary, Sources: src},
		{ID: "11112", Text: "Train users.", Priority: role.Secondary, Sources: src},
		{ID: "11113", Text: "Write manuals.", Sources: src},
	}, r.Responsibilities, "under its spreadsheet-converted name too")
	assert.Equal(t, []role.Technology{
		{Name: "Kubernetes", Category: "Application server software", CategoryCode: "43232701", Hot: true, Sources: src},
		{Name: "Microsoft Excel", Category: "Spreadsheet software", CategoryCode: "43232110", InDemand: true, Sources: src},
	}, r.Technologies)
	// Without the Categories file, categories are named by number, in
	// order; a tie for the most common is stated as one.
	assert.Equal(t, []role.Education{{
		Text:         "Required level of education, as 20 respondents to O*NET's survey report it: most often Category 6 (60%).",
		Distribution: []role.Share{{Category: "Category 2", Percent: 40, LowPrecision: true}, {Category: "Category 6", Percent: 60}},
		Sources:      src,
	}}, r.Education)
	assert.Equal(t, []role.Experience{{
		Text:         "Related work experience, as 20 respondents to O*NET's survey report it: most often Category 1 and Category 2 (50% each).",
		Distribution: []role.Share{{Category: "Category 1", Percent: 50}, {Category: "Category 2", Percent: 50}},
		Sources:      src,
	}}, r.Experience, "training (PT) is read and not kept")
	assert.Equal(t, &role.Interests{Realistic: 2.5, Investigative: 6, Artistic: 2, Social: 2, Enterprising: 3, Conventional: 5.5, HighPoint: "IC", Sources: src}, r.Interests)

	other, _ := c.Role("11-3021-00")
	assert.Empty(t, other.Responsibilities)
	assert.Nil(t, other.Interests)
}

// A value the catalog's rules refuse after import (a technology name
// longer than a name may be) is reported at the cell it came from.
func TestNewFilesProblemsLocated(t *testing.T) {
	long := strings.Repeat("k", 300)
	_, err := onet.Load(files(onet.OccupationsFile, occHeader+occRows,
		onet.TechnologyFile, techHeader+"15-1121.00\tComputer Systems Analysts\t"+long+"\t43232701\tApplication server software\tY\tN\n",
		onet.TasksFile, taskHeader+"15-1121.00\tComputer Systems Analysts\t11111\t"+strings.Repeat("t", 9000)+"\tCore\t90\t08/2023\tIncumbent\n"))
	assert.Equal(t, []string{
		"Task Statements.txt:2:44: Task: is too long: at most 8000 characters",
		"Technology Skills.txt:2:38: Example: is too long: at most 200 characters",
	}, problemsOf(t, err))
}
