namespace WorkflowHub.GraphQL.Validation;

/// <summary>
/// Sorts as JavaScript's <c>Array.prototype.sort</c> does in V8 (TimSort: for fewer than 64
/// items, the first run is found — and reversed if descending — and the rest is binary-inserted).
/// graphql-js sorts suggestions with a comparator that is not transitive, so only the same
/// algorithm yields the same order for every input.
/// </summary>
internal static class JsArraySort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var length = items.Count;
        if (length < 2)
        {
            return;
        }

        if (length >= 64)
        {
            // Longer arrays merge runs; a stable sort gives the same order for consistent comparators.
            var indexed = items.Select((item, index) => (item, index)).ToList();
            indexed.Sort((a, b) => compare(a.item, b.item) is var order && order != 0 ? order : a.index - b.index);
            for (var i = 0; i < length; i++)
            {
                items[i] = indexed[i].item;
            }

            return;
        }

        var runLength = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, runLength, compare);
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var length = items.Count;
        var runLength = 2;
        var isDescending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < length; i++)
        {
            var current = items[i];
            var order = compare(current, previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }

            previous = current;
            runLength++;
        }

        if (isDescending)
        {
            items.Reverse(0, runLength);
        }

        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, int start, Comparison<T> compare)
    {
        for (; start < items.Count; start++)
        {
            var left = 0;
            var right = start;
            var pivot = items[start];
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            for (var p = start; p > left; p--)
            {
                items[p] = items[p - 1];
            }

            items[left] = pivot;
        }
    }
}
