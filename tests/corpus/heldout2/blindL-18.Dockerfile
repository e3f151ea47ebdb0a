# corpus: modelled-on=AWS Lambda container/layer build with pip --platform manylinux2014_x86_64 (cf. Itachi1998/PillowLambda, NicodemeB/build-lambda-layer)
# corpus: expect=AL205@8,AL302@15
FROM public.ecr.aws/lambda/python:3.12 AS deps
WORKDIR /build
COPY requirements.txt .
# Force x86_64 wheels so what we test locally matches the Lambda runtime.
RUN pip install --no-cache-dir \
      --platform manylinux2014_x86_64 \
      --implementation cp --python-version 3.12 \
      --only-binary=:all: \
      --target /build/python \
      -r requirements.txt
COPY vendor/wheels /tmp/wheels
RUN pip install --no-cache-dir --no-deps --target /build/python \
      /tmp/wheels/psycopg2_binary-2.9.9-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl

FROM public.ecr.aws/lambda/python:3.12
COPY --from=deps /build/python ${LAMBDA_TASK_ROOT}
COPY src/ ${LAMBDA_TASK_ROOT}/
CMD ["handler.lambda_handler"]
