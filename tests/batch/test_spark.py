"""The Spark path (local mode) gives the same rows as the local process pool."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from nlp_checker.batch.output import iter_rows
from nlp_checker.batch.run import BatchOptions, run_batch

from .conftest import NOTES, SALT, normalise

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None and not os.environ.get("JAVA_HOME"),
    reason="Spark needs a Java runtime (java not found)",
)


@pytest.fixture(scope="module")
def spark():
    pyspark_sql = pytest.importorskip("pyspark.sql")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("nlp-checker-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _corpus(tmp_path):
    import shutil

    from .history import write_history

    folder = tmp_path / "corpus"
    write_history(folder)
    for note in sorted(NOTES.glob("*.txt")):
        shutil.copy(note, folder / note.name)
    return folder


def test_spark_paths_give_local_rows(spark, tmp_path):
    # Arrange: the example notes plus the fictional multi-visit history.
    import json

    from nlp_checker.spark import check_dataframe, with_patient_findings

    folder = _corpus(tmp_path)
    out = tmp_path / "local.jsonl"
    run_batch([folder], out, BatchOptions(workers=2, salt=SALT, timeout=None))
    local = normalise(list(iter_rows(out)))
    paths = [(str(p),) for p in sorted(folder.glob("*.txt"))]
    frame = spark.createDataFrame(paths, ["path"]).repartition(2)
    # Act
    result = with_patient_findings(check_dataframe(frame, salt=SALT, path_col="path")).collect()
    # Assert: same rows, patient-level findings included.
    spark_rows = normalise([json.loads(r["result_json"]) for r in result])
    assert spark_rows == local
    assert any(r["patient"]["findings"] for r in spark_rows if r.get("patient"))
    assert {r["doc_key"] for r in result} == {r["batch"]["doc_key"] for r in spark_rows}


def test_spark_texts_and_binary_content_agree(spark):
    import json

    from nlp_checker.spark import check_dataframe, patient_findings

    notes = sorted(NOTES.glob("*.txt"))[:6]
    texts = spark.createDataFrame(
        [(p.name, p.read_text(encoding="utf-8")) for p in notes], ["name", "text"]
    )
    contents = spark.createDataFrame(
        [(p.name, bytearray(p.read_bytes())) for p in notes], ["name", "content"]
    )
    by_text = check_dataframe(texts, salt=SALT, text_col="text", path_col="name")
    by_content = check_dataframe(contents, salt=SALT, content_col="content", path_col="name")
    a = normalise([json.loads(r["result_json"]) for r in by_text.collect()])
    b = normalise([json.loads(r["result_json"]) for r in by_content.collect()])
    assert a == b
    assert isinstance(patient_findings(by_text), list)


def test_spark_claim_column_gives_each_row_its_claim(spark):
    import json

    from nlp_checker.spark import check_dataframe

    note = (NOTES.parent / "transforaminal" / "tf02_cervical_right_c6.txt").read_text(
        encoding="utf-8"
    )
    claim = json.dumps({"lines": [{"code": "64479", "modifiers": ["RT"]}]})
    frame = spark.createDataFrame(
        [("a", note, claim), ("b", note, None)], ["name", "text", "claim"]
    )
    rows = check_dataframe(
        frame, salt=SALT, text_col="text", path_col="name", claim_col="claim"
    ).collect()
    by_name = {r["source"]: json.loads(r["result_json"]) for r in rows}
    assert by_name["a"]["billed_code"] == "64479" and by_name["a"]["complete"] is True
    assert by_name["b"]["billed_code"] == "62323"
