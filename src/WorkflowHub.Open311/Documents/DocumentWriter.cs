using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace WorkflowHub.Open311.Documents;

/// <summary>Writes a <see cref="Open311Document"/> as JSON or XML. Null is JSON null and an empty XML element.</summary>
public static class DocumentWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpResponse response, ResponseFormat format, Open311Document document, int status = StatusCodes.Status200OK)
    {
        response.StatusCode = status;
        response.ContentType = format.ContentType();
        var bytes = format == ResponseFormat.Json ? Json(document) : Xml(document);
        await response.Body.WriteAsync(bytes, response.HttpContext.RequestAborted);
    }

    public static byte[] Json(Open311Document document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            if (document.List is { } list) WriteJsonArray(json, list.Items);
            else WriteJsonObject(json, document.Single!);
        }
        return buffer.ToArray();
    }

    public static byte[] Xml(Open311Document document)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(document.XmlRoot);
            if (document.List is { } list) WriteXmlItems(xml, list);
            else WriteXmlFields(xml, document.Single!);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void WriteJsonObject(Utf8JsonWriter json, Record record)
    {
        json.WriteStartObject();
        foreach (var (name, value) in record)
        {
            json.WritePropertyName(name);
            WriteJsonValue(json, value);
        }
        json.WriteEndObject();
    }

    private static void WriteJsonArray(Utf8JsonWriter json, IReadOnlyList<Record> items)
    {
        json.WriteStartArray();
        foreach (var item in items) WriteJsonObject(json, item);
        json.WriteEndArray();
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            case Record record: WriteJsonObject(json, record); break;
            case RecordList list: WriteJsonArray(json, list.Items); break;
            case TextList list:
                json.WriteStartArray();
                foreach (var item in list.Items) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"No JSON form for {value.GetType().Name}.");
        }
    }

    private static void WriteXmlItems(XmlWriter xml, RecordList list)
    {
        foreach (var item in list.Items)
        {
            xml.WriteStartElement(list.ItemName);
            WriteXmlFields(xml, item);
            xml.WriteEndElement();
        }
    }

    private static void WriteXmlFields(XmlWriter xml, Record record)
    {
        foreach (var (name, value) in record)
        {
            xml.WriteStartElement(name);
            switch (value)
            {
                case null: break;
                case Record nested: WriteXmlFields(xml, nested); break;
                case RecordList list: WriteXmlItems(xml, list); break;
                case TextList list:
                    foreach (var item in list.Items) xml.WriteElementString(list.ItemName, XmlText(item));
                    break;
                case bool flag: xml.WriteString(flag ? "true" : "false"); break;
                case IFormattable number: xml.WriteString(number.ToString(null, CultureInfo.InvariantCulture)); break;
                default: xml.WriteString(XmlText(value.ToString()!)); break;
            }
            xml.WriteEndElement();
        }
    }

    /// <summary>Residents type what they like; characters XML 1.0 cannot hold become U+FFFD instead of failing the response.</summary>
    private static string XmlText(string text)
    {
        if (text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))) return text;
        return new string(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray());
    }
}
