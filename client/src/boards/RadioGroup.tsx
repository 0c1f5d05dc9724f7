import { For } from "solid-js";

/** A fieldset of radios: the legend names the group, each label names its choice. */
export function RadioGroup(props: {
  prefix: string;
  name: string;
  legend: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange?: (value: string) => void;
}) {
  return (
    <fieldset class="field choice">
      <legend>{props.legend}</legend>
      <For each={props.options}>
        {(option) => {
          const id = `${props.prefix}-${props.name}-${option.value}`;
          return (
            <div class="choice-item">
              <input
                type="radio"
                id={id}
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onChange?.(option.value)}
              />
              <label for={id}>{option.label}</label>
            </div>
          );
        }}
      </For>
    </fieldset>
  );
}
