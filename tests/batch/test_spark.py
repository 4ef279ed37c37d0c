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


def _local_rows(tmp_path):
    out = tmp_path / "local.jsonl"
    options = BatchOptions(workers=2, salt=SALT, timeout=None, patient_rules=False)
    run_batch([NOTES], out, options)
    return normalise(list(iter_rows(out)))


def test_spark_paths_give_local_rows(spark, tmp_path):
    # Arrange
    import json

    from nlp_checker.spark import check_dataframe

    paths = [(str(p),) for p in sorted(NOTES.glob("*.txt"))]
    frame = spark.createDataFrame(paths, ["path"]).repartition(2)
    # Act
    result = check_dataframe(frame, salt=SALT, path_col="path").collect()
    # Assert
    spark_rows = normalise([json.loads(r["result_json"]) for r in result])
    assert spark_rows == _local_rows(tmp_path)
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
