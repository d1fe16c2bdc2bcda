using System.Text;

namespace Archive.Web.Tests.Downloads;

/// <summary>Reads RFC 4180 CSV back into rows of cells, as a spreadsheet does: quoted cells may hold commas, quotes and line breaks.</summary>
internal static class CsvRecords
{
    public static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                Assert.True(cell.Length == 0, $"a quote inside an unquoted cell at {i}");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < csv.Length && csv[i + 1] == '\n', $"a bare CR at {i}: rows end with CRLF");
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.True(c != '\n', $"a bare LF outside quotes at {i}: rows end with CRLF");
                cell.Append(c);
            }
        }
        Assert.False(quoted, "the file ends inside a quoted cell");
        Assert.True(row.Count == 0 && cell.Length == 0, "the last row does not end with CRLF");
        return rows;
    }
}
