# corpus: modelled-on=Itachi1998/PillowLambda + NicodemeB/build-lambda-layer (pip install --platform manylinux2014_x86_64 for a Lambda layer)
# corpus: expect=AL303@8,AL205@11,AL302@17
FROM public.ecr.aws/lambda/python:3.12 AS layer
WORKDIR /build

COPY requirements.txt .
# pyarrow is pinned to an internally patched build
COPY vendor/pyarrow-17.0.0-cp312-cp312-manylinux_2_28_x86_64.whl /tmp/wheels/

RUN pip install --no-cache-dir \
      --platform manylinux2014_x86_64 \
      --implementation cp --python-version 3.12 \
      --only-binary=:all: \
      --target /opt/python \
      -r requirements.txt \
 && pip install --no-cache-dir --no-deps --target /opt/python \
      /tmp/wheels/pyarrow-17.0.0-cp312-cp312-manylinux_2_28_x86_64.whl \
 && find /opt/python -name '__pycache__' -prune -exec rm -rf {} +

FROM public.ecr.aws/lambda/python:3.12
COPY --from=layer /opt/python ${LAMBDA_TASK_ROOT}
COPY app/ ${LAMBDA_TASK_ROOT}/app/
ENV POWERTOOLS_SERVICE_NAME=parquet-export \
    LOG_LEVEL=INFO
CMD ["app.handler.lambda_handler"]
