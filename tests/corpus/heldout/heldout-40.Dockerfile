# corpus: modelled-on=Itachi1998/PillowLambda Dockerfile and NicodemeB/build-lambda-layer Dockerfile (pip --platform manylinux2014_x86_64)
# corpus: expect=AL205@7
FROM public.ecr.aws/lambda/python:3.12 AS layer
WORKDIR /build
COPY requirements.txt .
RUN pip install --target /build/python \
    --platform manylinux2014_x86_64 \
    --implementation cp \
    --only-binary=:all: \
    --no-cache-dir \
    -r requirements.txt

FROM public.ecr.aws/lambda/python:3.12
COPY --from=layer /build/python ${LAMBDA_TASK_ROOT}
COPY app/ ${LAMBDA_TASK_ROOT}/app/
CMD ["app.handler.main"]
